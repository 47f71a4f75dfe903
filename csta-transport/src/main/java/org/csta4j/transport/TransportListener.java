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
   * The connection's socket went, and the transport is resuming the same connection (SignalR's
   * stateful reconnect: the gateway keeps it for a while and neither side loses or repeats a
   * message). Only a transport with such a resume calls this; one without it reports every loss as
   * {@link #onConnectionLost} and never calls this or {@link #onResumed}.
   *
   * <p>What the owner may rely on:
   *
   * <ul>
   *   <li><b>Order.</b> It is called only while the transport is {@link TransportState#CONNECTED},
   *       after every event that arrived before the socket went, and it is followed by exactly one
   *       of {@link #onResumed()} (the connection is back) or {@link #onConnectionLost} (it cannot
   *       be resumed: the gateway's window passed, it refused the resume, or the transport gave
   *       up), unless the owner closes the transport first; then neither follows. A connection may
   *       be interrupted and resumed many times; never twice without a resume in between.
   *   <li><b>State.</b> The transport stays {@link TransportState#CONNECTED} throughout: there is
   *       no {@link #onStateChanged} for an interruption or a resume. Requests may still be sent:
   *       they are kept and sent once the connection is back, or fail with the loss.
   *   <li><b>Pending requests</b> stay pending and keep their timeouts: one that is not answered in
   *       time fails with {@link RequestTimeoutException}, interrupted or not (its late answer is
   *       dropped); on a loss every pending one fails with {@link ConnectionLostException} at once,
   *       as for any loss.
   *   <li><b>Events</b> resume in order after {@link #onResumed()}: the events the gateway sent
   *       while the socket was gone follow it, and over the life of the transport none is lost and
   *       none is delivered twice.
   * </ul>
   *
   * @param cause why the socket went; its message names the gateway and the reason, its own cause
   *     is the I/O failure if there was one
   */
  default void onInterrupted(TransportException cause) {}

  /**
   * The interrupted connection is back (see {@link #onInterrupted}): nothing was lost or repeated,
   * the requests sent meanwhile are on their way, and the events the gateway sent meanwhile follow
   * this call, in order. Called once per interruption, before any event that arrived on the resumed
   * connection; never without an {@link #onInterrupted} before it.
   */
  default void onResumed() {}

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
