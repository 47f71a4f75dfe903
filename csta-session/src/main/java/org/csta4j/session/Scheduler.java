package org.csta4j.session;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks after a delay: keepalive, reconnect backoff. The session never sleeps; give it a
 * scheduler on virtual time and its timing is tested without waiting.
 */
public interface Scheduler {
  /**
   * Runs {@code task} once after {@code delay} (zero means as soon as possible). The task must not
   * be run on the caller's thread before this method returns.
   *
   * @param delay how long to wait; zero or more
   * @param task what to run; it must not block for long, other sessions' timers may share the
   *     thread
   * @return a handle that cancels the task if it has not started
   */
  Cancellable schedule(Duration delay, Runnable task);

  /**
   * A scheduler on {@code executor}, for sharing one timer among clients. The caller owns the
   * executor: closing a client does not shut it down.
   *
   * @param executor runs the tasks; a task it rejects throws {@link
   *     java.util.concurrent.RejectedExecutionException} from {@link #schedule}
   * @return a scheduler that submits each task to {@code executor} with its delay
   * @throws NullPointerException if {@code executor} is null
   */
  static Scheduler of(ScheduledExecutorService executor) {
    Objects.requireNonNull(executor, "executor");
    return (delay, task) -> {
      ScheduledFuture<?> f = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
      return () -> f.cancel(false);
    };
  }

  /** A scheduled task. */
  @FunctionalInterface
  interface Cancellable {
    /** Cancels the task if it has not started; harmless otherwise, and safe from any thread. */
    void cancel();
  }
}
