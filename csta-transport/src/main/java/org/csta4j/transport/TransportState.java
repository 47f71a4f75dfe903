package org.csta4j.transport;

/**
 * The life of a transport. It only moves forward: {@code NEW -> CONNECTING -> CONNECTED -> LOST |
 * CLOSED}, or {@code CONNECTING -> LOST} when connecting fails. A transport never reconnects: the
 * session makes a new one.
 */
public enum TransportState {
  NEW,
  CONNECTING,
  CONNECTED,
  /** The connection failed or dropped; see {@link TransportListener#onConnectionLost}. */
  LOST,
  /** {@link CstaTransport#close()} was called. */
  CLOSED
}
