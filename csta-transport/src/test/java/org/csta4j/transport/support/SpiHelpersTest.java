package org.csta4j.transport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The helpers for transport implementations keep the contract's rules. */
class SpiHelpersTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
    timers.shutdownNow();
  }

  @Test
  void serialExecutorRunsInOrderOneAtATimeAndSurvivesFailures() throws Exception {
    List<Throwable> errors = new ArrayList<>();
    SerialExecutor serial = new SerialExecutor(pool, errors::add);
    List<Integer> seen = new ArrayList<>();
    AtomicBoolean busy = new AtomicBoolean();
    AtomicBoolean overlapped = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    for (int i = 0; i < 1000; i++) {
      int n = i;
      serial.execute(
          () -> {
            if (!busy.compareAndSet(false, true)) {
              overlapped.set(true);
            }
            seen.add(n);
            busy.set(false);
            if (n == 500) {
              throw new IllegalStateException("boom");
            }
          });
    }
    serial.execute(done::countDown);
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).hasSize(1000).isSorted();
    assertThat(overlapped).isFalse();
    assertThat(errors).singleElement().hasFieldOrPropertyWithValue("message", "boom");
  }

  @Test
  void pendingRequestsCompleteOnceTimeOutAndFailAllAtOnce() throws Exception {
    PendingRequests pending = new PendingRequests(timers, new SerialExecutor(pool, e -> {}));
    CompletableFuture<Object> answered = pending.register("a", "MakeCall", Duration.ofSeconds(30));
    CompletableFuture<Object> timedOut = pending.register("b", "HoldCall", Duration.ofMillis(50));
    CompletableFuture<Object> lost1 = pending.register("c", "ClearCall", Duration.ofSeconds(30));
    CompletableFuture<Object> lost2 = pending.register("d", "ClearCall", Duration.ofSeconds(30));
    assertThatThrownBy(() -> pending.register("a", "MakeCall", Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(pending.complete("a", "ok")).isTrue();
    assertThat(pending.complete("a", "again")).isFalse();
    assertThat(answered.get(5, TimeUnit.SECONDS)).isEqualTo("ok");
    assertThatThrownBy(() -> timedOut.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(RequestTimeoutException.class)
        .hasMessage("HoldCall: no response within 50 ms");

    assertThat(pending.failAll(m -> new ConnectionLostException(m + ": lost"))).isEqualTo(2);
    assertThatThrownBy(() -> lost1.get(5, TimeUnit.SECONDS)).cause().hasMessage("ClearCall: lost");
    assertThatThrownBy(() -> lost2.get(5, TimeUnit.SECONDS)).cause().hasMessage("ClearCall: lost");
    assertThat(pending.size()).isZero();
  }

  @Test
  void oneTimerCheckServesAStreamOfRequestsAndEachStillTimesOut() throws Exception {
    java.util.concurrent.ScheduledThreadPoolExecutor own =
        new java.util.concurrent.ScheduledThreadPoolExecutor(1);
    try {
      PendingRequests pending = new PendingRequests(own, new SerialExecutor(pool, e -> {}));
      for (int i = 0; i < 1000; i++) {
        CompletableFuture<Object> r =
            pending.register("r" + i, "GetDoNotDisturb", Duration.ofSeconds(30));
        assertThat(pending.complete("r" + i, "ok")).isTrue();
        assertThat(r).isCompletedWithValue("ok");
      }
      // deadlines only move later: the first check is the only one scheduled
      assertThat(own.getTaskCount()).isEqualTo(1);

      CompletableFuture<Object> late = pending.register("x", "MakeCall", Duration.ofMillis(300));
      CompletableFuture<Object> early = pending.register("y", "HoldCall", Duration.ofMillis(100));
      CompletableFuture<Object> middle = pending.register("z", "ClearCall", Duration.ofMillis(200));
      assertThatThrownBy(() -> early.get(5, TimeUnit.SECONDS))
          .cause()
          .hasMessage("HoldCall: no response within 100 ms");
      assertThatThrownBy(() -> middle.get(5, TimeUnit.SECONDS))
          .cause()
          .hasMessage("ClearCall: no response within 200 ms");
      assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS))
          .cause()
          .hasMessage("MakeCall: no response within 300 ms");
      assertThat(pending.size()).isZero();
    } finally {
      own.shutdownNow();
    }
  }

  @Test
  void callbackFuturesRunEveryDependentStageOnTheExecutor() throws Exception {
    java.util.concurrent.ExecutorService named =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "callbacks"));
    try {
      CallbackFuture<String> f = new CallbackFuture<>(named);
      f.complete("done"); // as an I/O thread would
      assertThat(f.get()).isEqualTo("done");
      assertThat(f.thenApply(v -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS))
          .isEqualTo("callbacks");
      assertThat(
              f.thenApply(v -> v)
                  .thenApply(v -> Thread.currentThread().getName())
                  .get(5, TimeUnit.SECONDS))
          .isEqualTo("callbacks");
      CompletableFuture<String> thread = new CompletableFuture<>();
      CompletableFuture<String> after =
          f.whenComplete((v, e) -> thread.complete(Thread.currentThread().getName()));
      assertThat(thread.get(5, TimeUnit.SECONDS)).isEqualTo("callbacks");
      assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo("done");
      assertThat(
              f.thenCompose(
                      v -> CompletableFuture.completedFuture(Thread.currentThread().getName()))
                  .get(5, TimeUnit.SECONDS))
          .isEqualTo("callbacks");
    } finally {
      named.shutdownNow();
    }
  }

  @Test
  void theLifecycleMovesForwardReportsEachTransitionOnceAndLosesOnce() throws Exception {
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    TransportListener listener =
        new TransportListener() {
          @Override
          public void onStateChanged(TransportState from, TransportState to) {
            heard.add(from + "->" + to);
          }

          @Override
          public void onConnectionLost(ConnectionLostException cause) {
            heard.add("lost: " + cause.getMessage());
          }
        };
    SerialExecutor callbacks = new SerialExecutor(Runnable::run, e -> {});
    PendingRequests pending = new PendingRequests(timers, callbacks);
    TransportLifecycle lifecycle = new TransportLifecycle(listener, callbacks, pending);
    assertThat(lifecycle.refusal("MakeCall"))
        .isInstanceOf(ConnectionLostException.class)
        .hasMessage("MakeCall: the transport is NEW");

    lifecycle.startConnecting();
    assertThatThrownBy(lifecycle::startConnecting)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("connect: the transport is CONNECTING, not NEW");
    assertThat(lifecycle.connected()).isTrue();
    assertThat(lifecycle.connected()).isFalse();
    assertThat(lifecycle.refusal("MakeCall")).isNull();
    CompletableFuture<Object> inFlight = pending.register("a", "MakeCall", Duration.ofSeconds(30));

    assertThat(lifecycle.lose(new ConnectionLostException("gone"))).isTrue();
    assertThat(lifecycle.lose(new ConnectionLostException("again"))).isFalse();
    assertThatThrownBy(() -> inFlight.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ConnectionLostException.class)
        .hasMessage("MakeCall: gone");
    assertThat(lifecycle.close()).isTrue();
    assertThat(lifecycle.close()).isFalse();
    assertThat(lifecycle.state()).isEqualTo(TransportState.CLOSED);
    assertThat(lifecycle.refusal("MakeCall"))
        .isInstanceOf(TransportClosedException.class)
        .hasMessage("MakeCall: the transport is closed");
    assertThat(heard)
        .containsExactly(
            "NEW->CONNECTING",
            "CONNECTING->CONNECTED",
            "CONNECTED->LOST",
            "lost: gone",
            "LOST->CLOSED");
  }

  @Test
  void theLifecycleKeepsTheOrderOfInterruptionsResumesAndTheLoss() throws Exception {
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    TransportListener listener =
        new TransportListener() {
          @Override
          public void onStateChanged(TransportState from, TransportState to) {
            heard.add(from + "->" + to);
          }

          @Override
          public void onConnectionLost(ConnectionLostException cause) {
            heard.add("lost");
          }

          @Override
          public void onInterrupted(TransportException cause) {
            heard.add("interrupted: " + cause.getMessage());
          }

          @Override
          public void onResumed() {
            heard.add("resumed");
          }
        };
    SerialExecutor callbacks = new SerialExecutor(Runnable::run, e -> {});
    PendingRequests pending = new PendingRequests(timers, callbacks);
    TransportLifecycle lifecycle = new TransportLifecycle(listener, callbacks, pending);
    assertThat(lifecycle.interrupt(new TransportException("too early"))).isFalse();
    lifecycle.startConnecting();
    assertThat(lifecycle.interrupt(new TransportException("while connecting"))).isFalse();
    lifecycle.connected();
    assertThat(lifecycle.resume()).as("nothing to resume").isFalse();

    assertThat(lifecycle.interrupt(new TransportException("socket closed"))).isTrue();
    assertThat(lifecycle.interrupt(new TransportException("twice"))).isFalse();
    assertThat(lifecycle.interrupted()).isTrue();
    assertThat(lifecycle.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(lifecycle.refusal("MakeCall")).as("requests may be sent meanwhile").isNull();
    CompletableFuture<Object> kept = pending.register("a", "MakeCall", Duration.ofSeconds(30));
    assertThat(lifecycle.resume()).isTrue();
    assertThat(lifecycle.interrupted()).isFalse();
    assertThat(kept).as("a pending request outlives an interruption").isNotDone();

    assertThat(lifecycle.interrupt(new TransportException("again"))).isTrue();
    assertThat(lifecycle.lose(new ConnectionLostException("window passed"))).isTrue();
    assertThat(lifecycle.interrupted()).isFalse();
    assertThat(lifecycle.resume()).as("a lost connection does not resume").isFalse();
    assertThat(kept).isCompletedExceptionally();
    assertThat(heard)
        .containsExactly(
            "NEW->CONNECTING",
            "CONNECTING->CONNECTED",
            "interrupted: socket closed",
            "resumed",
            "interrupted: again",
            "CONNECTED->LOST",
            "lost");
  }
}
