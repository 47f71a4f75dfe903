package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csta4j.session.SessionFlowTest.get;
import static org.csta4j.session.SessionFlowTest.next;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.Faults;
import org.csta4j.transport.ConnectionLostException;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a connection dies, injected by the simulator over real sockets: the session notices,
 * fails what was pending at once, reconnects, logs in again, restores every monitor under the same
 * handle, resynchronises, tells listeners about the gap, and events flow to the old listeners.
 */
@ParameterizedClass
@ValueSource(strings = {Transports.OFFICIAL, Transports.JETTY})
class SessionRecoveryTest {
  /** The transport under test, by name: each run of the class names it. */
  @SuppressWarnings("NullAway.Init") // set by JUnit before each run
  @Parameter
  String transport;

  /** The faults of the simulator that end a connection or a session, and what the session sees. */
  enum Loss {
    TCP_RESET(Faults::dropAllConnections, SessionFault.Kind.CONNECTION_LOST),
    CLEAN_CLOSE(Faults::closeAllConnections, SessionFault.Kind.CONNECTION_LOST),
    CLOSE_WITH_ERROR(
        f -> f.closeAllConnectionsWithError("maintenance"), SessionFault.Kind.CONNECTION_LOST),
    HALF_OPEN(Faults::stopAnsweringPings, SessionFault.Kind.KEEPALIVE_FAILED),
    SESSION_EXPIRY(Faults::expireSessions, SessionFault.Kind.SESSION_TERMINATED);

    // a stateless method reference, set once: the check cannot see that it is immutable
    @SuppressWarnings("ImmutableEnumChecker")
    final ToIntFunction<Faults> inject;

    final SessionFault.Kind reported;

    Loss(ToIntFunction<Faults> inject, SessionFault.Kind reported) {
      this.inject = inject;
      this.reported = reported;
    }
  }

  static CstaClient.Builder client(CstaSimulator sim, RecordingListener rec, String transport) {
    return CstaClient.builder()
        .transport(Transports.named(transport))
        .gateway(sim.hubUrl())
        .credentials("demo", "demo", "demo.local")
        // keepalive every 1 s, answered within 1 s: a half-open socket is found in about 2 s
        .sessionDuration(Duration.ofSeconds(2))
        .reconnectPolicy(
            ReconnectPolicy.builder()
                .initialBackoff(Duration.ofMillis(50))
                .maxBackoff(Duration.ofMillis(500))
                .build())
        .listener(rec);
  }

  @ParameterizedTest
  @EnumSource(Loss.class)
  void recoversWithTheSameMonitorHandlesAndListeners(Loss loss) throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(20)).start();
        CstaClient client = client(sim, rec, transport).build()) {
      CstaSession session = get(client.connect());
      String firstSession = session.sessionId();
      Monitor m100 = get(session.monitor("100"));
      Monitor m101 = get(session.monitor("101"));
      String oldRef = m100.crossRefId();
      BlockingQueue<MonitorEvent> at100 = new LinkedBlockingQueue<>();
      BlockingQueue<MonitorEvent> at101 = new LinkedBlockingQueue<>();
      m100.on(MonitorEvent.class, at100::add);
      m101.on(MonitorEvent.class, at101::add);
      String callId =
          get(session.makeCall("100", "101")).callingConnection().callId().orElseThrow();
      next(at100, EstablishedEvent.class);
      next(at101, EstablishedEvent.class); // both ends tracked before the fault
      assertThat(m100.calls()).containsEntry(callId, LocalConnectionState.CONNECTED);

      // a request the gateway sits on: it must fail at the loss, not at its timeout
      sim.faults().delayNextResponses(1, Duration.ofSeconds(60));
      CompletableFuture<SnapshotDeviceResponse> stuck =
          session.send(org.csta4j.model.SnapshotDevice.of("102"), Duration.ofSeconds(60));
      assertThat(loss.inject.applyAsInt(sim.faults())).isPositive();

      rec.awaitFault(loss.reported);
      rec.awaitState(SessionState.RECONNECTING);
      Throwable failed =
          org.junit.jupiter.api.Assertions.assertThrows(
                  ExecutionException.class, () -> stuck.get(30, TimeUnit.SECONDS))
              .getCause();
      assertThat(failed)
          .isInstanceOfAny(
              ConnectionLostException.class, org.csta4j.transport.TransportClosedException.class);

      Gap gap = rec.awaitGap();
      rec.awaitState(SessionState.ACTIVE);
      assertThat(gap.ended()).isAfterOrEqualTo(gap.began());
      assertThat(gap.resynced()).containsExactlyInAnyOrder("100", "101");
      assertThat(gap.notResynced()).isEmpty();
      assertThat(gap.changes()).as("the call lived on at the PBX").isEmpty();

      assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
      assertThat(session.sessionId()).isNotEqualTo(firstSession);
      assertThat(session.monitors()).containsExactly(m100, m101);
      assertThat(m100.state()).isEqualTo(MonitorState.ACTIVE);
      assertThat(m100.crossRefId()).isNotEqualTo(oldRef);
      assertThat(m100.calls()).containsEntry(callId, LocalConnectionState.CONNECTED);

      // the listener registered before the loss hears the new connection's events
      String second =
          get(session.makeCall("101", "102")).callingConnection().callId().orElseThrow();
      assertThat(second).isNotBlank();
      get(session.clearConnection(org.csta4j.model.ConnectionId.of(callId, "100")));
      assertThat(
              next(at100, org.csta4j.model.ConnectionClearedEvent.class)
                  .droppedConnection()
                  .callId())
          .contains(callId);
      assertThat(sim.monitorCount()).isGreaterThanOrEqualTo(2);
    }
  }

  @org.junit.jupiter.api.Test
  void gatewayRestartOnTheSamePortIsAGapWithTheLostCalls() throws Exception {
    RecordingListener rec = new RecordingListener();
    CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(20)).start();
    int port = sim.port();
    try (CstaClient client = client(sim, rec, transport).build()) {
      CstaSession session = get(client.connect());
      Monitor m100 = get(session.monitor("100"));
      BlockingQueue<MonitorEvent> at100 = new LinkedBlockingQueue<>();
      m100.on(MonitorEvent.class, at100::add);
      String callId =
          get(session.makeCall("100", "101")).callingConnection().callId().orElseThrow();
      next(at100, EstablishedEvent.class);

      sim.close();
      rec.awaitState(SessionState.RECONNECTING);
      rec.awaitFault(SessionFault.Kind.RECONNECT_FAILED);
      sim = CstaSimulator.demo().port(port).start();

      Gap gap = rec.awaitGap();
      rec.awaitState(SessionState.ACTIVE);
      assertThat(gap.changes())
          .containsExactly(CallChange.of("100", callId, LocalConnectionState.CONNECTED, null));
      assertThat(m100.calls()).isEmpty();
      sim.pbx().setAutoAnswer("100", false); // it rings until the test is done looking
      sim.pbx().incomingCall("200", "100");
      assertThat(next(at100, DeliveredEvent.class).monitorCrossRefId())
          .isEqualTo(m100.crossRefId());
      assertThat(m100.calls()).containsValue(LocalConnectionState.ALERTING);
    } finally {
      sim.close();
    }
  }

  @org.junit.jupiter.api.Test
  void aListenerStuckForSeveralSessionDurationsDoesNotCostTheSession() throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(20)).start();
        CstaClient client = client(sim, rec, transport).build()) {
      CstaSession session = get(client.connect());
      String sessionId = session.sessionId();
      Monitor m100 = get(session.monitor("100"));
      java.util.concurrent.CountDownLatch stuck = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
      m100.on(
          DeliveredEvent.class,
          e -> {
            stuck.countDown();
            try {
              // a listener that hangs for 3 s: the gateway expires a session after 2 s without
              // a keepalive, so the session survives only if keepalive never waits for listeners
              never.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException x) {
              Thread.currentThread().interrupt();
            }
          });
      BlockingQueue<MonitorEvent> after = new LinkedBlockingQueue<>();
      m100.on(MonitorEvent.class, after::add);
      get(session.makeCall("100", "101"));
      assertThat(stuck.await(20, TimeUnit.SECONDS)).isTrue();
      next(after, EstablishedEvent.class);
      assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
      assertThat(session.sessionId()).isEqualTo(sessionId);
      rec.awaitFault(SessionFault.Kind.SLOW_LISTENER);
      assertThat(rec.gaps).isEmpty();
      assertThat(rec.allFaults)
          .extracting(SessionFault::kind)
          .containsOnly(SessionFault.Kind.SLOW_LISTENER);
    }
  }
}
