package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's one ordered lane to listeners, on the user's executor: tasks run one at a time, in
 * the order they were offered. Event deliveries are bounded ({@link #offerEvent} refuses when full,
 * and the session turns that into a reported fault and recovery); control notifications (state
 * changes, gaps, faults) always get in, so the news of an overflow is never itself lost.
 */
@SessionScope
final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 256;

  private final Executor executor;
  private final int capacity;
  private final ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger events = new AtomicInteger();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  @Inject
  Dispatcher(SessionConfig config) {
    this.executor = config.executor();
    this.capacity = config.dispatchCapacity();
  }

  /** Queues an event delivery; false if the queue holds {@code capacity} events already. */
  boolean offerEvent(Runnable delivery) {
    if (events.incrementAndGet() > capacity) {
      events.decrementAndGet();
      return false;
    }
    queue.add(new Task(delivery, true));
    schedule();
    return true;
  }

  /** Queues a control notification; never refused. */
  void control(Runnable task) {
    queue.add(new Task(task, false));
    schedule();
  }

  /** Events waiting for delivery. */
  int backlog() {
    return events.get();
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        scheduled.set(false);
        if (executor instanceof ExecutorService service && service.isShutdown()) {
          LOG.debug("executor shut down; {} notifications not delivered", queue.size());
        } else {
          LOG.warn("the session's executor refused event delivery; {} tasks wait", queue.size(), e);
        }
      }
    }
  }

  private void drain() {
    try {
      for (int i = 0; i < BATCH; i++) {
        Task t = queue.poll();
        if (t == null) {
          break;
        }
        if (t.event) {
          events.decrementAndGet();
        }
        try {
          t.run.run();
        } catch (RuntimeException | Error e) {
          // deliveries catch listener failures themselves; this is a bug of ours: keep going
          LOG.error("a session dispatch task failed", e);
        }
      }
    } finally {
      scheduled.set(false);
      if (!queue.isEmpty()) {
        schedule(); // yield the thread between batches, then go on
      }
    }
  }

  private static final class Task {
    final Runnable run;
    final boolean event;

    Task(Runnable run, boolean event) {
      this.run = run;
      this.event = event;
    }
  }
}
