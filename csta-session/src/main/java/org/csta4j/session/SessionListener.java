package org.csta4j.session;

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
}
