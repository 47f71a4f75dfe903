package org.csta4j.session.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.csta4j.session.Scheduler;

/** The default {@link Scheduler}: one daemon timer thread, shut down with its client. */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {
  private final ScheduledThreadPoolExecutor timer;

  /** A scheduler whose thread is named {@code threadName}. */
  public ExecutorScheduler(String threadName) {
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> f = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    return () -> f.cancel(false);
  }

  /** The executor, for waiting on its end. */
  public ScheduledExecutorService executor() {
    return timer;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
