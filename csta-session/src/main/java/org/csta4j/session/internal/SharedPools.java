package org.csta4j.session.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.internal.Threads;
import org.jspecify.annotations.Nullable;

/**
 * The threads every client in a JVM shares unless given its own: a cached I/O pool (the sessions'
 * engine lanes and transport callbacks), a cached event pool (listeners) and one timer. Counted by
 * the clients that hold them; the last {@link #release()} ends every thread, so closing all clients
 * leaves none behind, while 200 clients cost three pools, not 600.
 */
final class SharedPools {
  private static final Object LOCK = new Object();
  private static @Nullable SharedPools current;
  private static int holders;

  private final ExecutorService io;
  private final ExecutorService events;
  private final ExecutorScheduler timer;

  private SharedPools() {
    this.io = Executors.newCachedThreadPool(Threads.numbered("csta4j-io-"));
    this.events = Executors.newCachedThreadPool(Threads.numbered("csta4j-events-"));
    this.timer = new ExecutorScheduler("csta4j-timer");
  }

  /** The pools, started if no client holds them; pair with one {@link #release()}. */
  static SharedPools acquire() {
    synchronized (LOCK) {
      if (current == null) {
        current = new SharedPools();
      }
      holders++;
      return current;
    }
  }

  /** Gives the pools back; the last holder ends their threads, waiting up to 5 s for each pool. */
  static void release() {
    SharedPools ending;
    synchronized (LOCK) {
      if (holders == 0 || current == null) {
        throw new IllegalStateException("SharedPools released more often than acquired");
      }
      holders--;
      if (holders > 0) {
        return;
      }
      ending = current;
      current = null;
    }
    ending.shutdown();
  }

  ExecutorService io() {
    return io;
  }

  ExecutorService events() {
    return events;
  }

  ExecutorScheduler timer() {
    return timer;
  }

  private void shutdown() {
    timer.close();
    io.shutdown();
    events.shutdown(); // queued notifications (a CLOSED state change) still run
    if (Thread.currentThread().getName().startsWith("csta4j-")) {
      return; // closed from a listener or callback: its own pool cannot be waited for
    }
    try {
      awaitEnd(io);
      awaitEnd(events);
      timer.executor().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitEnd(ExecutorService e) throws InterruptedException {
    if (!e.awaitTermination(5, TimeUnit.SECONDS)) {
      e.shutdownNow();
    }
  }
}
