package org.csta4j.session;

import org.jspecify.annotations.Nullable;

/**
 * A request was refused at once because the session is {@link SessionState#RECONNECTING}: nothing
 * was sent. Retry when the session is {@link SessionState#ACTIVE} again.
 */
public final class SessionUnavailableException extends SessionException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal while reconnecting.
   *
   * @param message the request refused and the session's state
   * @param cause the loss the session is recovering from; null if unknown
   */
  public SessionUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
