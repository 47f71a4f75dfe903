package org.csta4j.session;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Hears about the session itself: state changes, gaps and faults. Called on the session's
 * dispatcher, one call at a time and in order with the events; every method has an empty default,
 * so implement only what you need. What a method throws is logged and does not stop delivery.
 */
public interface SessionListener {
  /**
   * The session changed state.
   *
   * @param from the state it left
   * @param to the state it is in now
   * @param cause the loss, for a move to {@link SessionState#RECONNECTING} or to {@link
   *     SessionState#CLOSED} when recovery gave up; null otherwise
   */
  default void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {}

  /**
   * A recovery finished: events may have been missed in this period. Called once per recovery,
   * after the monitors were restored and resynchronised, before later events.
   *
   * @param gap the period, and what changed in it
   */
  default void onGap(Gap gap) {}

  /**
   * A fault the session handled (or is handling); nothing is required of the listener.
   *
   * @param fault what happened and when
   */
  default void onFault(SessionFault fault) {}

  /**
   * The session's connection was interrupted: its transport lost the socket and is resuming the
   * same connection within the gateway's window (SignalR's stateful reconnect; transports without
   * it never cause this). It is not a loss, and nothing else changes: the state stays, monitors
   * stay {@link MonitorState#ACTIVE}, requests are kept and their timeouts run on (one that times
   * out fails as usual), keepalive goes on. Followed by {@link #onResumed} if the connection comes
   * back; otherwise by what ends the connection: a {@link SessionFault.Kind#CONNECTION_LOST} fault
   * and the recovery that follows any loss, a {@link SessionFault.Kind#RECONNECT_FAILED} for a
   * reconnect attempt's connection, or the session closing.
   *
   * @param cause why the transport says the socket went
   */
  default void onInterrupted(Throwable cause) {}

  /**
   * The interrupted connection is back (see {@link #onInterrupted}): no event was lost or repeated,
   * so there is no {@link Gap}, no new login and no monitor restore; the events sent meanwhile
   * follow, in order.
   *
   * @param interrupted how long the connection was interrupted, on the session's clock
   */
  default void onResumed(Duration interrupted) {}
}
