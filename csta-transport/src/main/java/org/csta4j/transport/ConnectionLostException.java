package org.csta4j.transport;

/**
 * The connection dropped or could not be made; every request pending at that moment fails with it.
 */
public final class ConnectionLostException extends TransportException {
  private static final long serialVersionUID = 1L;

  public ConnectionLostException(String message) {
    super(message);
  }

  public ConnectionLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
