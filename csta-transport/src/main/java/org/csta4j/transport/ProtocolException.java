package org.csta4j.transport;

import org.jspecify.annotations.Nullable;

/**
 * The gateway broke the protocol for one request or one message, while the connection itself is
 * still good: a result that cannot be decoded, or that decodes as another type than the request
 * expects, or a message that is cut short or lacks what its kind requires. For a request, the
 * message names it (hub method and request id), the type expected and what came instead. A
 * transport fails only the request concerned with it and keeps the connection up.
 */
public final class ProtocolException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * A violation with this message and no cause.
   *
   * @param message what the gateway sent and what was expected instead
   */
  public ProtocolException(String message) {
    super(message);
  }

  /**
   * A violation with this message and cause.
   *
   * @param message what the gateway sent and what was expected instead
   * @param cause the decoding failure behind it, or null if there is none
   */
  public ProtocolException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
