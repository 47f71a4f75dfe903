package org.csta4j.session;

/** Base of the session's own failures; transport and CSTA failures keep their own types. */
public class SessionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SessionException(String message) {
    super(message);
  }

  public SessionException(String message, Throwable cause) {
    super(message, cause);
  }
}
