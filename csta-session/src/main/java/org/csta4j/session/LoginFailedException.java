package org.csta4j.session;

import org.csta4j.model.CstaFailure;
import org.jspecify.annotations.Nullable;

/**
 * The gateway refused StartApplicationSession. {@link #isPermanent()} tells whether trying again
 * with the same credentials can help: rejected credentials are permanent and never retried in a
 * loop.
 */
public final class LoginFailedException extends SessionException {
  private static final long serialVersionUID = 1L;
  private final transient @Nullable CstaFailure failure;

  /** Whether the same credentials can never succeed. */
  private final boolean permanent;

  /**
   * A refused login.
   *
   * @param message who tried to log in where, and the gateway's words; never the password
   * @param failure the gateway's answer; null if it gave none
   * @param permanent whether the same credentials can never succeed
   */
  public LoginFailedException(String message, @Nullable CstaFailure failure, boolean permanent) {
    super(message);
    this.failure = failure;
    this.permanent = permanent;
  }

  /**
   * {@return the gateway's answer (an ECMA-354 negative response or a CSTA error); null if it gave
   * none, or after the exception was serialized}
   */
  public @Nullable CstaFailure failure() {
    return failure;
  }

  /** {@return true when retrying with the same credentials cannot succeed (they were rejected)} */
  public boolean isPermanent() {
    return permanent;
  }
}
