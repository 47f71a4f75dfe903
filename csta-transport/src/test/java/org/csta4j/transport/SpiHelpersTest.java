package org.csta4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The helpers the SPI gives plugin authors keep the contract's rules. */
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
        pending.register("r" + i, "GetDoNotDisturb", Duration.ofSeconds(30));
        assertThat(pending.complete("r" + i, "ok")).isTrue();
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
      f.whenComplete((v, e) -> thread.complete(Thread.currentThread().getName()));
      assertThat(thread.get(5, TimeUnit.SECONDS)).isEqualTo("callbacks");
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
  void optionsAndConfigRejectBadValuesAndHideSecrets() {
    assertThatThrownBy(() -> RequestOptions.of(Duration.ZERO, "r"))
        .hasMessageStartingWith("timeout:");
    assertThatThrownBy(() -> RequestOptions.of(Duration.ofSeconds(1), " "))
        .hasMessage("requestId: must not be blank");
    TransportConfig config =
        TransportConfig.builder(URI.create("https://gw.example/csta"), Runnable::run)
            .header("Authorization", "Bearer secret-token")
            .accessTokenProvider(() -> "another-secret")
            .build();
    assertThat(config.toString())
        .contains("Authorization")
        .doesNotContain("secret-token", "another-secret");
    assertThatThrownBy(
            () ->
                TransportConfig.builder(URI.create("x:y"), Runnable::run)
                    .connectTimeout(Duration.ZERO))
        .hasMessageStartingWith("connectTimeout:");
  }

  @Test
  void noFactoryForAnUnknownSchemeIsAClearError() {
    assertThatThrownBy(() -> CstaTransports.forUri(URI.create("carrier-pigeon://x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no transport for 'carrier-pigeon' URIs; installed: ");
  }
}
