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
  private final boolean permanent;

  public LoginFailedException(String message, @Nullable CstaFailure failure, boolean permanent) {
    super(message);
    this.failure = failure;
    this.permanent = permanent;
  }

  /** The gateway's answer (an ECMA-354 negative response or a CSTA error), if it gave one. */
  public @Nullable CstaFailure failure() {
    return failure;
  }

  /** True when retrying with the same credentials cannot succeed. */
  public boolean isPermanent() {
    return permanent;
  }
}
