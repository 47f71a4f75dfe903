package org.csta4j.transport;

import org.csta4j.model.CstaEvent;

/**
 * What a transport tells its owner. Methods have empty defaults, so new callbacks never break
 * implementations.
 *
 * <p>Threading: a transport calls its listener from one thread at a time, in the order things
 * happened on the connection, and never from its I/O thread: a slow listener delays later callbacks
 * of this transport but never its reading, its pings or other transports. Exceptions a listener
 * throws are the transport's to contain: it logs them and goes on.
 */
public interface TransportListener {
  /**
   * An event, in arrival order. Unknown event names arrive as {@link
   * org.csta4j.model.UnknownEvent}.
   *
   * @param event the decoded event
   */
  default void onEvent(CstaEvent event) {}

  /**
   * The state changed; called once per transition, in order.
   *
   * @param from the state before
   * @param to the state now
   */
  default void onStateChanged(TransportState from, TransportState to) {}

  /**
   * The connection was lost (or never made): called once, after every pending request has failed
   * with a {@link ConnectionLostException} carrying the same cause.
   *
   * @param cause why; its message names the gateway and the reason
   */
  default void onConnectionLost(ConnectionLostException cause) {}

  /**
   * A message from the gateway could not be decoded. The connection stays up; {@code excerpt} is a
   * short, credential-free piece of the message.
   *
   * @param name the message's hub target or kind, e.g. {@code "DeliveredEvent"} or {@code
   *     "message"}
   * @param excerpt the start of the message as the gateway sent it
   * @param problem why it could not be decoded
   */
  default void onMalformedMessage(String name, String excerpt, Exception problem) {}

  /** A listener that ignores everything; stateless and shared. */
  TransportListener NONE = new TransportListener() {};
}
