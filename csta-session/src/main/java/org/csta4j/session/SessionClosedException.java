package org.csta4j.session;

import org.jspecify.annotations.Nullable;

/**
 * The session is closed (by the application, or because recovery gave up); nothing was sent. The
 * message names the session or the request refused, and the cause, if any, is why the session
 * closed.
 */
public final class SessionClosedException extends SessionException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal because the session was closed by the application.
   *
   * @param message what was refused, naming the session or request
   */
  public SessionClosedException(String message) {
    super(message);
  }

  /**
   * A refusal because the session closed for a reason.
   *
   * @param message what was refused, naming the session or request
   * @param cause why the session closed; null if it was closed by the application
   */
  public SessionClosedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
