package org.csta4j.transport;

/**
 * The transport was closed by its owner: requests pending at that moment, or sent later, fail with
 * it, and so does a {@link CstaTransport#connect()} still under way. Not a fault of the gateway.
 */
public final class TransportClosedException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal with this message.
   *
   * @param message the request or step refused, and that the transport is closed
   */
  public TransportClosedException(String message) {
    super(message);
  }
}
