package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.session.CstaSession;

/**
 * Every request a soak makes, and how each one ended: none may be left pending. Also the driver, a
 * thread that makes calls between the monitored devices and clears each one, without pause while
 * the session is ACTIVE (the requests it has refused while the session recovers are counted too).
 */
final class SoakRequests {
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> outcomes = new ConcurrentHashMap<>();
  private final AtomicBoolean driving = new AtomicBoolean();
  private volatile Thread driver = new Thread(() -> {});

  /** Tracks {@code request} until it completes; returns it. */
  <T> CompletableFuture<T> track(CompletableFuture<T> request) {
    pending.add(request);
    request.whenComplete(
        (v, e) -> {
          outcomes.merge(e == null ? "ok" : outcome(e), 1L, Long::sum);
          pending.remove(request);
        });
    return request;
  }

  private static String outcome(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }

  /** Starts the driver on {@code session}, calling between {@code devices}. */
  void drive(CstaSession session, List<String> devices, long seed) {
    driving.set(true);
    Thread t = new Thread(() -> loop(session, devices, new Random(seed)), "soak-driver");
    t.setDaemon(true);
    driver = t;
    t.start();
  }

  /** Stops the driver and waits for it. */
  void stopDriving() throws InterruptedException {
    driving.set(false);
    driver.join(30_000);
  }

  private void loop(CstaSession session, List<String> devices, Random r) {
    int n = devices.size();
    while (driving.get()) {
      int a = r.nextInt(n);
      int b = (a + 1 + r.nextInt(n - 1)) % n;
      CompletableFuture<?> call =
          track(session.makeCall(devices.get(a), devices.get(b)))
              .thenCompose(
                  (MakeCallResponse made) -> track(session.clearConnection(made.callingDevice())));
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
