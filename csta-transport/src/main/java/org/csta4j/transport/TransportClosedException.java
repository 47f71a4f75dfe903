package org.csta4j.transport;

/**
 * The transport was closed by its owner; requests pending at that moment, or sent later, fail with
 * it.
 */
public final class TransportClosedException extends TransportException {
  private static final long serialVersionUID = 1L;

  public TransportClosedException(String message) {
    super(message);
  }
}
