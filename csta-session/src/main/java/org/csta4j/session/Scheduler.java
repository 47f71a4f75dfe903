package org.csta4j.session;

import java.time.Duration;

/**
 * Runs tasks after a delay: keepalive, reconnect backoff. The session never sleeps; give it a
 * scheduler on virtual time and its timing is tested without waiting.
 */
public interface Scheduler {
  /**
   * Runs {@code task} once after {@code delay} (zero means as soon as possible). The task must not
   * be run on the caller's thread before this method returns.
   */
  Cancellable schedule(Duration delay, Runnable task);

  /** A scheduled task. */
  @FunctionalInterface
  interface Cancellable {
    /** Cancels the task if it has not started; harmless otherwise. */
    void cancel();
  }
}
