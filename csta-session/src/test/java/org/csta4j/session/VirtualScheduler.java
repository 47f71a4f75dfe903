package org.csta4j.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Scheduler} and {@link Clock} on virtual time: nothing runs until the test moves time on.
 * Tasks scheduled from other threads (the session schedules from its own lane) are awaited with a
 * timeout, never by sleeping.
 */
final class VirtualScheduler extends Clock implements Scheduler {
  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private long seq;

  @Override
  public synchronized Cancellable schedule(Duration delay, Runnable task) {
    Task t = new Task(now.plus(delay), seq++, task);
    tasks.add(t);
    notifyAll();
    return () -> {
      synchronized (this) {
        tasks.remove(t);
      }
    };
  }

  /** Waits until a task is pending and returns how far in the future it is due. */
  synchronized Duration awaitNext(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (tasks.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("nothing was scheduled within " + timeout);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    Duration d = Duration.between(now, tasks.peek().due);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /**
   * Waits until a task due within {@code limit} is pending (a reconnect attempt scheduled from
   * another thread, say, while a later keepalive is already waiting).
   */
  synchronized void awaitDueWithin(Duration limit, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (tasks.isEmpty() || Duration.between(now, tasks.peek().due).compareTo(limit) > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "nothing due within " + limit + " was scheduled within " + timeout);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** Runs the first reconnect attempt, which is due at once, when it has been scheduled. */
  Duration runImmediate(Duration timeout) throws InterruptedException {
    awaitDueWithin(Duration.ZERO, timeout);
    return runNext(timeout);
  }

  /** Waits for the next task, moves the clock to it and runs it; returns the delay it had. */
  Duration runNext(Duration timeout) throws InterruptedException {
    Duration delay = awaitNext(timeout);
    Task t;
    synchronized (this) {
      t = tasks.poll();
      if (t.due.isAfter(now)) {
        now = t.due;
      }
    }
    t.run.run();
    return delay;
  }

  /** Moves the clock on, running every task due by then. */
  void advance(Duration d) {
    Instant target;
    synchronized (this) {
      target = now.plus(d);
    }
    while (true) {
      Task t;
      synchronized (this) {
        t = tasks.peek();
        if (t == null || t.due.isAfter(target)) {
          now = target;
          return;
        }
        tasks.poll();
        now = t.due;
      }
      t.run.run();
    }
  }

  /** Runs one task that is due now, if there is one; on the caller's thread. */
  boolean runDueTask() {
    Task t;
    synchronized (this) {
      t = tasks.peek();
      if (t == null || t.due.isAfter(now)) {
        return false;
      }
      tasks.poll();
    }
    t.run.run();
    return true;
  }

  /** How long until the next task is due (zero if one is due), or null if none is scheduled. */
  synchronized @Nullable Duration untilNextTask() {
    Task t = tasks.peek();
    if (t == null) {
      return null;
    }
    Duration d = Duration.between(now, t.due);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** Moves the clock on without running anything. */
  synchronized void skip(Duration d) {
    now = now.plus(d);
  }

  synchronized int pending() {
    return tasks.size();
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("virtual time is UTC");
  }

  private static final class Task implements Comparable<Task> {
    final Instant due;
    final long seq;
    final Runnable run;

    Task(Instant due, long seq, Runnable run) {
      this.due = due;
      this.seq = seq;
      this.run = run;
    }

    @Override
    public int compareTo(Task o) {
      int c = due.compareTo(o.due);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }
}
