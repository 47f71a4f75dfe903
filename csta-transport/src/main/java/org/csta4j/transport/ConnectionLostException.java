package org.csta4j.transport;

import org.jspecify.annotations.Nullable;

/**
 * The connection dropped or could not be made; every request pending at that moment fails with it,
 * and {@link TransportListener#onConnectionLost} hears of it once. The message names the gateway or
 * the request and why; the transport is then {@link TransportState#LOST} and never reconnects.
 */
public final class ConnectionLostException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * A loss with this message and no cause.
   *
   * @param message why the connection was lost, naming the gateway or the request
   */
  public ConnectionLostException(String message) {
    super(message);
  }

  /**
   * A loss with this message and cause.
   *
   * @param message why the connection was lost, naming the gateway or the request
   * @param cause the I/O or protocol failure behind it, or null if the gateway just closed
   */
  public ConnectionLostException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
