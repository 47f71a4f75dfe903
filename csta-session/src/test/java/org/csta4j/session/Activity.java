package org.csta4j.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * What runs on the session's threads during one case, counted so that the driver knows when all is
 * quiet: the transports' callback lanes and the listener executor are ours and counted task by
 * task; the client's I/O pool, where the session's engine runs, is watched (see {@link #watch}).
 * Every change wakes the driver.
 */
final class Activity {
  private static final AtomicInteger IO_WORKERS = new AtomicInteger();
  private static final List<Thread> UNWATCHED = new CopyOnWriteArrayList<>();
  private static volatile @Nullable Activity current;
  private static @Nullable ThreadPoolExecutor watched;
  private static @Nullable ThreadFactory plainFactory;

  private final Thread driver;
  private final AtomicInteger busy = new AtomicInteger();
  private final AtomicLong changes = new AtomicLong();
  private final List<Throwable> laneErrors = new CopyOnWriteArrayList<>();

  // guarded by this
  private boolean holding;
  private final List<Runnable> held = new ArrayList<>();

  /** The activity of the case the calling thread drives; the one the I/O pool reports to. */
  Activity() {
    this.driver = Thread.currentThread();
    current = this;
  }

  /**
   * A transport's callback lane: {@link #counted}, and held back while {@link #holding} (so that a
   * close() at boundary k runs before the session acts on message k).
   */
  Executor lane(Executor delegate) {
    Executor counted = counted(delegate);
    return task -> {
      synchronized (this) {
        if (holding) {
          held.add(() -> counted.execute(task));
          return;
        }
      }
      counted.execute(task);
    };
  }

  synchronized boolean holding() {
    return holding;
  }

  /** Holds the lanes' callbacks back from now until {@link #release}. */
  synchronized void hold() {
    holding = true;
  }

  /** Lets the held callbacks run. */
  void release() {
    List<Runnable> go;
    synchronized (this) {
      holding = false;
      go = new ArrayList<>(held);
      held.clear();
    }
    go.forEach(Runnable::run);
    bump();
  }

  /** An executor that counts its tasks until they have run: work the driver must wait for. */
  Executor counted(Executor delegate) {
    return task -> {
      busy.incrementAndGet();
      bump();
      try {
        delegate.execute(
            () -> {
              try {
                task.run();
              } finally {
                busy.decrementAndGet();
                bump();
              }
            });
      } catch (RuntimeException e) {
        busy.decrementAndGet();
        throw e;
      }
    };
  }

  /**
   * Whether no task runs: none of ours (counted), none of the client's I/O pool (its workers are
   * counted, see {@link #watch}).
   */
  boolean idle() {
    if (busy.get() > 0 || IO_WORKERS.get() > 0) {
      return false;
    }
    UNWATCHED.removeIf(t -> !t.isAlive());
    return UNWATCHED.isEmpty();
  }

  /**
   * Makes the work of the client's I/O pool (a cached pool the session's engine runs on, which the
   * client does not let us replace) countable: idle workers end at once, so every task starts a
   * worker, and the pool's thread factory counts the live workers. Workers that already ran are
   * waited for until they end. Undone by {@link #unwatch}.
   */
  static synchronized void watch(Executor io) {
    if (!(io instanceof ThreadPoolExecutor pool) || watched == io) {
      return;
    }
    ThreadFactory plain = pool.getThreadFactory();
    Thread[] all = new Thread[Thread.activeCount() + 16];
    for (int i = Thread.enumerate(all) - 1; i >= 0; i--) {
      if (all[i].getName().startsWith("csta4j-io-")) {
        UNWATCHED.add(all[i]);
      }
    }
    pool.setThreadFactory(
        r -> {
          IO_WORKERS.incrementAndGet();
          Thread t =
              plain.newThread(
                  () -> {
                    try {
                      r.run();
                    } finally {
                      IO_WORKERS.decrementAndGet();
                      Activity w = current;
                      if (w != null) {
                        w.bump();
                      }
                    }
                  });
          if (t == null) {
            IO_WORKERS.decrementAndGet();
          }
          return t;
        });
    pool.setKeepAliveTime(1, TimeUnit.NANOSECONDS);
    watched = pool;
    plainFactory = plain;
  }

  static synchronized void unwatch() {
    if (watched != null && plainFactory != null) {
      watched.setThreadFactory(plainFactory);
      watched.setKeepAliveTime(60, TimeUnit.SECONDS);
    }
    watched = null;
    current = null;
  }

  /** Grows with everything that happens; unchanged means nothing happened. */
  long changes() {
    return changes.get();
  }

  /** Waits (on the driver thread) until something happens, at most {@code timeout}. */
  boolean await(long seen, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (changes.get() == seen) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      LockSupport.parkNanos(this, left);
    }
    return true;
  }

  void bump() {
    changes.incrementAndGet();
    Thread d = driver;
    if (d != null) {
      LockSupport.unpark(d);
    }
  }

  /** What the session's listener on a transport lane threw: a bug of the session's. */
  List<Throwable> laneErrors() {
    return laneErrors;
  }

  void laneError(Throwable t) {
    laneErrors.add(t);
  }
}
