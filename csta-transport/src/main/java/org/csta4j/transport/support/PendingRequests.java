package org.csta4j.transport.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.csta4j.transport.RequestTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The requests a transport is waiting on, by correlation key, each with its timeout: a helper that
 * keeps the SPI's rules for plugin authors. A request completes once (response, failure, timeout,
 * loss or close, whichever comes first) on the thread that completes it, but its stage is a {@link
 * CallbackFuture}: a blocked caller wakes at once and every dependent stage runs on the callback
 * executor. {@link #failAll} fails every pending one at once. Thread-safe: responses, timeouts,
 * loss and close may race, and exactly one of them completes each request.
 */
public final class PendingRequests {
  /** One pending request; {@code deadline} in {@link System#nanoTime()} terms. */
  private record Entry(
      String method, CompletableFuture<Object> future, Duration timeout, long deadline) {}

  private final Map<String, Entry> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timers;
  private final Executor callbacks;
  private final Object timerLock = new Object();
  // guarded by timerLock: the one scheduled check, and when it runs (System.nanoTime)
  private @Nullable ScheduledFuture<?> check;
  private long checkAt;

  /**
   * An empty set of pending requests.
   *
   * @param timers schedules timeouts (the transport owns and shuts it down)
   * @param callbacks where dependent stages run: a {@link SerialExecutor} over the user's executor
   */
  public PendingRequests(ScheduledExecutorService timers, Executor callbacks) {
    this.timers = Objects.requireNonNull(timers, "timers");
    this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
  }

  /**
   * Registers a request under {@code key} and starts its timeout. One timer check serves every
   * pending request: it is scheduled only when a deadline is earlier than the one already due, so a
   * steady stream of requests with the same timeout wakes the timer thread about once per timeout,
   * not once per request.
   *
   * @param key the correlation key, such as the request id
   * @param method the request's hub method, named by a timeout's message
   * @param timeout how long to wait before the request fails with a {@link
   *     RequestTimeoutException}; positive
   * @return the stage the caller of {@code send} gets
   * @throws IllegalStateException if the key is already pending
   */
  public CompletableFuture<Object> register(String key, String method, Duration timeout) {
    CompletableFuture<Object> future = new CallbackFuture<>(callbacks);
    long deadline = System.nanoTime() + timeout.toNanos();
    if (pending.putIfAbsent(key, new Entry(method, future, timeout, deadline)) != null) {
      throw new IllegalStateException("request id '" + key + "' is already pending");
    }
    armFor(deadline);
    return future;
  }

  private void armFor(long deadline) {
    synchronized (timerLock) {
      if (check != null && deadline - checkAt >= 0) {
        return; // a check at or before this deadline is already due
      }
      if (check != null) {
        check.cancel(false);
      }
      checkAt = deadline;
      check =
          timers.schedule(
              this::expire, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
  }

  /** Fails what is overdue, then schedules the next check for the earliest deadline left. */
  private void expire() {
    synchronized (timerLock) {
      check = null;
    }
    long now = System.nanoTime();
    long next = 0;
    boolean more = false;
    for (Map.Entry<String, Entry> p : pending.entrySet()) {
      Entry e = p.getValue();
      if (e.deadline() - now <= 0) {
        fail(p.getKey(), new RequestTimeoutException(e.method(), e.timeout()));
      } else if (!more || e.deadline() - next < 0) {
        next = e.deadline();
        more = true;
      }
    }
    if (more) {
      armFor(next);
    }
  }

  /**
   * Completes the request with its result.
   *
   * @param key the request's correlation key
   * @param result the decoded response
   * @return true if it was pending; false for a late or unknown answer, which is dropped
   */
  public boolean complete(String key, Object result) {
    Entry e = pending.remove(key);
    if (e == null) {
      return false;
    }
    e.future().complete(result);
    return true;
  }

  /**
   * Fails the request.
   *
   * @param key the request's correlation key
   * @param failure what its stage fails with
   * @return true if it was pending; false if it was completed already or is unknown
   */
  public boolean fail(String key, Throwable failure) {
    Entry e = pending.remove(key);
    if (e == null) {
      return false;
    }
    e.future().completeExceptionally(failure);
    return true;
  }

  /**
   * Fails every pending request, each with the exception made for its method.
   *
   * @param failure makes the exception from a request's hub method
   * @return how many requests this call failed
   */
  public int failAll(Function<String, ? extends Throwable> failure) {
    List<String> keys = new ArrayList<>(pending.keySet());
    int n = 0;
    for (String key : keys) {
      Entry e = pending.get(key);
      if (e != null && fail(key, failure.apply(e.method()))) {
        n++;
      }
    }
    return n;
  }

  /** {@return how many requests are pending now} */
  public int size() {
    return pending.size();
  }
}
