package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csta4j.session.SessionFlowTest.get;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.OperationError;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.RequestTimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the session tells observers (metrics) over real sockets: each request's service, time and
 * outcome; the requests pending and the events queued now; the time of the attempt that restored
 * the session.
 */
class SessionObservationTest {

  /** One completed request as {@link SessionListener#onRequestCompleted} reported it. */
  record Completed(String service, Duration took, @Nullable Throwable failure) {}

  /** Hears requests and restores, and keeps the order of what it heard. */
  static final class RequestRecorder implements SessionListener {
    static final Duration WAIT = RecordingListener.WAIT;
    final BlockingQueue<Completed> completed = new LinkedBlockingQueue<>();
    final BlockingQueue<Duration> restored = new LinkedBlockingQueue<>();
    final BlockingQueue<Gap> gaps = new LinkedBlockingQueue<>();
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void onRequestCompleted(String service, Duration took, @Nullable Throwable failure) {
      completed.add(new Completed(service, took, failure));
    }

    @Override
    public void onRestored(Duration took) {
      heard.add("restored");
      restored.add(took);
    }

    @Override
    public void onGap(Gap gap) {
      heard.add("gap");
      gaps.add(gap);
    }

    @Override
    public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
      heard.add("state " + to);
    }

    Completed next() throws InterruptedException {
      Completed c = completed.poll(WAIT.toNanos(), TimeUnit.NANOSECONDS);
      assertThat(c).as("a completed request within " + WAIT).isNotNull();
      return c;
    }
  }

  @Test
  void everyRequestOfTheApplicationIsReportedWithItsServiceTimeAndOutcome() throws Exception {
    RequestRecorder rec = new RequestRecorder();
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client =
            SessionRecoveryTest.client(sim, new RecordingListener()).listener(rec).build()) {
      CstaSession session = get(client.connect());
      assertThat(rec.completed).as("login and keepalive are the session's own").isEmpty();

      get(session.snapshot("100"));
      Completed ok = rec.next();
      assertThat(ok.service()).isEqualTo("SnapshotDevice");
      assertThat(ok.took()).isGreaterThanOrEqualTo(Duration.ZERO);
      assertThat(ok.failure()).isNull();

      sim.faults().failNextResponses(1, OperationError.INVALID_DEVICE_ID);
      assertThat(failure(session.snapshot("100"))).isInstanceOf(CstaFailureException.class);
      Completed refused = rec.next();
      assertThat(refused.service()).isEqualTo("SnapshotDevice");
      assertThat(refused.failure()).isInstanceOf(CstaFailureException.class);

      sim.faults().delayNextResponses(1, Duration.ofSeconds(30));
      CompletableFuture<SnapshotDeviceResponse> late =
          session.send(SnapshotDevice.of("101"), Duration.ofMillis(200));
      assertThat(failure(late)).isInstanceOf(RequestTimeoutException.class);
      Completed timedOut = rec.next();
      assertThat(timedOut.failure()).isInstanceOf(RequestTimeoutException.class);

      get(session.sendRaw("SnapshotDevice", "{\"snapshotObject\":\"100\"}"));
      assertThat(rec.next().service()).isEqualTo("SnapshotDevice");

      session.close();
      assertThat(failure(session.makeCall("100", "101")))
          .isInstanceOf(SessionClosedException.class);
      Completed closed = rec.next();
      assertThat(closed.service()).isEqualTo("MakeCall");
      assertThat(closed.took()).isZero();
      assertThat(closed.failure()).isInstanceOf(SessionClosedException.class);
    }
  }

  @Test
  void pendingRequestsCountsWhatIsSentAndNotAnswered() throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client = SessionRecoveryTest.client(sim, rec).build()) {
      CstaSession session = get(client.connect());
      assertThat(session.pendingRequests()).isZero();
      sim.faults().delayNextResponses(1, Duration.ofSeconds(2));
      CompletableFuture<SnapshotDeviceResponse> slow =
          session.send(SnapshotDevice.of("100"), Duration.ofSeconds(60));
      // it stays pending at least until the simulator answers, 2 s from now
      assertThat(session.pendingRequests()).isEqualTo(1);
      get(slow);
      assertThat(session.pendingRequests()).isZero();
    }
  }

  @Test
  void queuedEventsCountsWhatWaitsBehindASlowListener() throws Exception {
    RecordingListener rec = new RecordingListener();
    CountDownLatch release = new CountDownLatch(1);
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client = SessionRecoveryTest.client(sim, rec).build()) {
      CstaSession session = get(client.connect());
      get(session.monitor("100"));
      get(session.monitor("101"));
      assertThat(session.queuedEvents()).isZero();
      CountDownLatch holding = new CountDownLatch(1);
      Registration r =
          session.on(
              CstaEvent.class,
              e -> {
                holding.countDown();
                awaitQuietly(release);
              });
      try {
        get(session.makeCall("100", "101"));
        assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
        // the first event holds the dispatcher: the others of the call wait behind it
        awaitAtLeast(1, session::queuedEvents);
        release.countDown();
        awaitAtMost(0, session::queuedEvents);
      } finally {
        release.countDown();
        r.close();
      }
    }
  }

  @Test
  void theRestoreIsReportedWithTheTimeOfItsAttemptBeforeTheGap() throws Exception {
    RecordingListener states = new RecordingListener();
    RequestRecorder rec = new RequestRecorder();
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client = SessionRecoveryTest.client(sim, states).listener(rec).build()) {
      CstaSession session = get(client.connect());
      get(session.monitor("100"));
      states.awaitState(SessionState.ACTIVE);
      assertThat(sim.faults().dropAllConnections()).isPositive();
      states.awaitState(SessionState.RECONNECTING);
      states.awaitState(SessionState.ACTIVE);
      Gap gap = rec.gaps.poll(RequestRecorder.WAIT.toNanos(), TimeUnit.NANOSECONDS);
      assertThat(gap).isNotNull();
      Duration took = rec.restored.poll(0, TimeUnit.SECONDS);
      assertThat(took).isNotNull();
      assertThat(took).isGreaterThanOrEqualTo(Duration.ZERO).isLessThanOrEqualTo(gap.duration());
      List<String> heard = rec.heard;
      int restored = heard.indexOf("restored");
      assertThat(restored).isGreaterThanOrEqualTo(0);
      assertThat(heard.subList(restored, restored + 2)).containsExactly("restored", "gap");
    }
  }

  static Throwable failure(CompletableFuture<?> f) throws InterruptedException {
    try {
      f.get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return cause == null ? e : cause;
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no outcome within 20 s", e);
    }
    throw new AssertionError("the request succeeded");
  }

  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Polls a gauge-like value with a deadline: the dispatcher fills and drains on its own time. */
  static void awaitAtLeast(int n, IntSupplier value) throws InterruptedException {
    awaitValue(n, value, true);
  }

  static void awaitAtMost(int n, IntSupplier value) throws InterruptedException {
    awaitValue(n, value, false);
  }

  private static void awaitValue(int n, IntSupplier value, boolean atLeast)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    Object tick = new Object();
    while (atLeast ? value.getAsInt() < n : value.getAsInt() > n) {
      assertThat(System.nanoTime() - deadline).as("the value within 20 s").isNegative();
      synchronized (tick) {
        tick.wait(5); // a poll interval, not a wait for the outcome
      }
    }
  }
}
