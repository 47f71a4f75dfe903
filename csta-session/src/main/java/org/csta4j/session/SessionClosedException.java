package org.csta4j.session;

/** The session is closed (by the application, or because recovery gave up). */
public final class SessionClosedException extends SessionException {
  private static final long serialVersionUID = 1L;

  public SessionClosedException(String message) {
    super(message);
  }

  public SessionClosedException(String message, Throwable cause) {
    super(message, cause);
  }
}
