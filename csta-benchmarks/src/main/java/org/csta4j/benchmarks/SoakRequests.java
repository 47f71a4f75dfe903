package org.csta4j.benchmarks;

import static org.csta4j.model.internal.Failures.unwrap;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.internal.Threads;
import org.csta4j.session.CstaSession;
import org.jspecify.annotations.Nullable;

/**
 * Every request a soak makes, and how each one ended: none may be left pending. Also the driver, a
 * thread that makes calls between the monitored devices and clears each one, without pause while
 * the session is ACTIVE (the requests it has refused while the session recovers are counted too).
 */
final class SoakRequests {
  /** By a serial number: futures have no equality of their own to key a set by. */
  private final Map<Long, CompletableFuture<?>> pending = new ConcurrentHashMap<>();

  private final AtomicLong serials = new AtomicLong();
  private final Map<String, Long> outcomes = new ConcurrentHashMap<>();
  private final AtomicBoolean driving = new AtomicBoolean();
  private volatile @Nullable Thread driver;

  /** Tracks {@code request} until it completes; returns it. */
  <T> CompletableFuture<T> track(CompletableFuture<T> request) {
    watch(request);
    return request;
  }

  /** Tracks {@code request} until it completes, for a caller that does not wait for it. */
  void watch(CompletableFuture<?> request) {
    long serial = serials.incrementAndGet();
    pending.put(serial, request);
    // the outcome is recorded here; the future whenComplete returns adds nothing
    var unused =
        request.whenComplete(
            (v, e) -> {
              outcomes.merge(
                  e == null ? "ok" : unwrap(e).getClass().getSimpleName(), 1L, Long::sum);
              pending.remove(serial);
            });
  }

  /** Starts the driver on {@code session}, calling between {@code devices}. */
  void drive(CstaSession session, List<String> devices, long seed) {
    driving.set(true);
    Thread t = Threads.daemon(() -> loop(session, devices, new Random(seed)), "soak-driver");
    driver = t;
    t.start();
  }

  /** Stops the driver and waits for it. */
  void stopDriving() throws InterruptedException {
    driving.set(false);
    Thread t = driver;
    if (t != null) {
      t.join(30_000);
    }
  }

  private void loop(CstaSession session, List<String> devices, Random r) {
    int n = devices.size();
    while (driving.get()) {
      int a = r.nextInt(n);
      int b = (a + 1 + r.nextInt(n - 1)) % n;
      CompletableFuture<?> call =
          track(session.makeCall(devices.get(a), devices.get(b)))
              .thenCompose(
                  (MakeCallResponse made) ->
                      track(session.clearConnection(made.callingConnection())));
      try {
        call.get(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        // counted by track(); while the session recovers, pace the refused retries
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
  }

  /** Waits up to {@code max} for every tracked request to complete; returns how many have not. */
  int awaitSettled(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!pending.isEmpty() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    return pending.size();
  }

  long made() {
    return outcomes.values().stream().mapToLong(Long::longValue).sum() + pending.size();
  }

  /** Completed requests by outcome: {@code ok}, or the simple name of the exception. */
  Map<String, Long> outcomes() {
    return new TreeMap<>(outcomes);
  }
}
