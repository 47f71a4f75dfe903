package org.csta4j.transport;

import org.csta4j.model.CstaException;
import org.jspecify.annotations.Nullable;

/**
 * A request or the connection failed for a reason of the transport, not of the gateway's CSTA
 * logic. Its subclasses say which: {@link ConnectionLostException}, {@link
 * TransportClosedException}, {@link RequestTimeoutException}, {@link GatewayRefusedException},
 * {@link ProtocolException}; a transport throws this type itself only for a request it cannot put
 * on the wire (say, a raw payload that is not JSON), and makes one to say why a connection was
 * interrupted ({@link TransportListener#onInterrupted}). The message names the request or the
 * gateway and never contains a credential.
 */
public class TransportException extends CstaException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with this message and no cause.
   *
   * @param message what failed, naming the request or the gateway
   */
  public TransportException(String message) {
    super(message);
  }

  /**
   * A failure with this message and cause.
   *
   * @param message what failed, naming the request or the gateway
   * @param cause the underlying failure, or null if there is none
   */
  public TransportException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
