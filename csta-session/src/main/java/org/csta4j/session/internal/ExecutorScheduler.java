package org.csta4j.session.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.csta4j.model.internal.Threads;
import org.csta4j.session.Scheduler;

/** The default {@link Scheduler}: one daemon timer thread, shut down with its client. */
final class ExecutorScheduler implements Scheduler, AutoCloseable {
  private final ScheduledThreadPoolExecutor timer;
  private final Scheduler scheduler;

  /** A scheduler whose thread is named {@code threadName}. */
  ExecutorScheduler(String threadName) {
    this.timer = new ScheduledThreadPoolExecutor(1, Threads.named(threadName));
    timer.setRemoveOnCancelPolicy(true);
    this.scheduler = Scheduler.of(timer);
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    return scheduler.schedule(delay, task);
  }

  /** The executor, for waiting on its end. */
  ScheduledExecutorService executor() {
    return timer;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
