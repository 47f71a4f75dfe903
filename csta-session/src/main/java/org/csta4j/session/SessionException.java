package org.csta4j.session;

import org.csta4j.model.CstaException;
import org.jspecify.annotations.Nullable;

/**
 * The session's own failures: closed, unavailable while reconnecting, login refused, events
 * overflowing, a keepalive unanswered or the gateway ending the CSTA session. Transport and CSTA
 * failures keep their own types. Each message names the session or request concerned, never a
 * credential.
 */
public class SessionException extends CstaException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure without a cause.
   *
   * @param message what failed, naming the session or request
   */
  public SessionException(String message) {
    super(message);
  }

  /**
   * A failure with the one behind it.
   *
   * @param message what failed, naming the session or request
   * @param cause the failure behind it; null if there is none
   */
  public SessionException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
