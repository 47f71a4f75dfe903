package org.csta4j.simulator.internal;

import java.util.OptionalLong;

/**
 * Not API: when the simulator took a resumed socket, for loopback harnesses that time what follows
 * a stateful reconnect. The simulator's {@code faults()} object implements it.
 */
public interface ResumeClock {
  /**
   * {@return the {@link System#nanoTime()} at which this open connection last took a new socket by
   * stateful reconnect, just before its Sequence and replay were queued} Empty if no open
   * connection has this id or it never resumed.
   *
   * @param connectionId the SignalR connection id
   */
  OptionalLong resumedAtNanos(String connectionId);
}
