package org.csta4j.transport;

/**
 * The life of a transport. It only moves forward: {@code NEW -> CONNECTING -> CONNECTED -> LOST |
 * CLOSED}, or {@code CONNECTING -> LOST} when connecting fails. A transport never reconnects: the
 * session makes a new one.
 */
public enum TransportState {
  /** Made and not yet connecting; {@link CstaTransport#connect()} is allowed once, here only. */
  NEW,
  /** {@link CstaTransport#connect()} is under way; requests sent now fail. */
  CONNECTING,
  /**
   * Requests can be sent and events arrive. A connection interrupted for a resume stays here (see
   * {@link TransportListener#onInterrupted}).
   */
  CONNECTED,
  /** The connection failed or dropped; see {@link TransportListener#onConnectionLost}. */
  LOST,
  /** {@link CstaTransport#close()} was called. */
  CLOSED
}
