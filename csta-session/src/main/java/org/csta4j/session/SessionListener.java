package org.csta4j.session;

import org.jspecify.annotations.Nullable;

/**
 * Hears about the session itself: state changes, gaps and faults. Called on the session's
 * dispatcher, in order with the events.
 */
public interface SessionListener {
  /** The session went from {@code from} to {@code to}; {@code cause} is set for losses. */
  default void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {}

  /** A recovery finished: events may have been missed in this period; here is what changed. */
  default void onGap(Gap gap) {}

  /** A fault the session handled (or is handling). */
  default void onFault(SessionFault fault) {}
}
