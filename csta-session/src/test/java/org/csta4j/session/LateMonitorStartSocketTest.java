package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.RequestTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * ADR 0012 over real sockets against the simulator: a MonitorStart whose answer the simulator
 * delays past the client's request timeout (the simulator starts the monitor at once and holds back
 * only the answer, {@code delay-response}) leaves no monitor at the simulator, and asking again for
 * the device after the timeout leaves exactly one, the handle's.
 */
class LateMonitorStartSocketTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final Duration TIMEOUT = Duration.ofSeconds(1);

  /** Beyond the client's timeout, well within what the session waits for a MonitorStart. */
  static final Duration DELAY = Duration.ofSeconds(4);

  private static final long POLL = TimeUnit.MILLISECONDS.toNanos(5);

  private static CstaClient client(CstaSimulator sim, RecordingListener rec) {
    return CstaClient.builder()
        .gateway(sim.hubUrl())
        .credentials("demo", "demo", "demo.local")
        .requestTimeout(TIMEOUT)
        .listener(rec)
        .build();
  }

  private static void assertTimedOut(CompletableFuture<Monitor> f) {
    assertThat(f)
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(RequestTimeoutException.class)
        .withMessageContaining("MonitorStart");
  }

  /** Waits, with a timeout, until the simulator's monitors are {@code expected}. */
  private static void awaitMonitors(CstaSimulator sim, Supplier<Set<String>> expected) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!sim.liveMonitors().equals(expected.get())) {
      assertThat(System.nanoTime())
          .as("the simulator holds " + sim.liveMonitors() + ", expected " + expected.get())
          .isLessThan(deadline);
      LockSupport.parkNanos(POLL); // the simulator's state has no listener: it is polled
    }
  }

  private static void awaitMonitorCount(CstaSimulator sim, int n) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sim.monitorCount() != n) {
      assertThat(System.nanoTime())
          .as("the simulator holds " + sim.liveMonitors() + ", expected " + n + " monitors")
          .isLessThan(deadline);
      LockSupport.parkNanos(POLL);
    }
  }

  @Test
  void aMonitorStartAnsweredAfterTheTimeoutLeavesNoMonitorAtTheSimulator() throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client = client(sim, rec)) {
      CstaSession session = client.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      sim.faults().delayNextResponses(1, DELAY);
      CompletableFuture<Monitor> f = session.monitor("100");
      assertTimedOut(f);
      awaitMonitorCount(sim, 1); // the simulator started it; its answer is still held back
      awaitMonitors(sim, Set::of); // the answer came, and the session stopped the monitor
      assertThat(session.monitors()).isEmpty();
      assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
      assertThat(rec.allFaults).isEmpty();
    }
  }

  @Test
  void askingAgainAfterATimeoutLeavesOneMonitorAtTheSimulator() throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client = client(sim, rec)) {
      CstaSession session = client.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      sim.faults().delayNextResponses(1, DELAY);
      assertTimedOut(session.monitor("101"));
      Monitor m = session.monitor("101").get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
      awaitMonitorCount(sim, 2); // the late one and the handle's, until the late answer comes
      awaitMonitors(sim, () -> Set.of(m.crossRefId()));
      assertThat(session.monitors()).containsExactly(m);
      assertThat(rec.allFaults).isEmpty();
    }
  }
}
