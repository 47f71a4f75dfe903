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
   */
  default void onEvent(CstaEvent event) {}

  /** The state changed; called once per transition, in order. */
  default void onStateChanged(TransportState from, TransportState to) {}

  /**
   * The connection was lost (or never made): called once, after every pending request has failed
   * with a {@link ConnectionLostException} carrying the same cause.
   */
  default void onConnectionLost(ConnectionLostException cause) {}

  /**
   * A message from the gateway could not be decoded. The connection stays up; {@code excerpt} is a
   * short, credential-free piece of the message.
   */
  default void onMalformedMessage(String name, String excerpt, Exception problem) {}

  /** A listener that does nothing. */
  TransportListener NONE = new TransportListener() {};
}
