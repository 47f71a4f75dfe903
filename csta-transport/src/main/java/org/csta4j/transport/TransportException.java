package org.csta4j.transport;

/**
 * A request or the connection failed for a reason of the transport, not of the gateway's CSTA
 * logic.
 */
public class TransportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message) {
    super(message);
  }

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
