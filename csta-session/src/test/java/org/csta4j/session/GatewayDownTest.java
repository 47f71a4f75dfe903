package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csta4j.session.SessionFlowTest.get;
import static org.csta4j.session.SessionFlowTest.next;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;
import org.csta4j.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A gateway that is down for 30 s, over real sockets, on virtual time: every attempt really
 * connects and is really refused; only the waits between attempts are virtual.
 */
@ParameterizedClass
@ValueSource(strings = {Transports.OFFICIAL, Transports.JETTY})
class GatewayDownTest {
  /** The transport under test, by name: each run of the class names it. */
  @SuppressWarnings("NullAway.Init") // set by JUnit before each run
  @Parameter
  String transport;

  @Test
  void gatewayDownFor30SecondsThenBackWithOtherCalls() throws Exception {
    VirtualScheduler time = new VirtualScheduler();
    RecordingListener rec = new RecordingListener();
    CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(20)).start();
    int port = sim.port();
    ReconnectPolicy policy =
        ReconnectPolicy.builder()
            .initialBackoff(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(8))
            .build();
    try (CstaClient client =
        CstaClient.builder()
            .transport(Transports.named(transport))
            .gateway(sim.hubUrl())
            .credentials("demo", "demo", "demo.local")
            .reconnectPolicy(policy)
            .scheduler(time)
            .clock(time)
            .random(new Random(7))
            .listener(rec)
            .build()) {
      CstaSession session = get(client.connect());
      Monitor m100 = get(session.monitor("100"));
      Monitor m101 = get(session.monitor("101"));
      BlockingQueue<MonitorEvent> at100 = new LinkedBlockingQueue<>();
      BlockingQueue<MonitorEvent> at101 = new LinkedBlockingQueue<>();
      m100.on(MonitorEvent.class, at100::add);
      m101.on(MonitorEvent.class, at101::add);
      String callId =
          get(session.makeCall("100", "101")).callingConnection().callId().orElseThrow();
      next(at100, EstablishedEvent.class);
      next(at101, EstablishedEvent.class);

      sim.close();
      rec.awaitState(SessionState.RECONNECTING);
      java.time.Instant down = time.instant();
      int attempts = 0;
      while (Duration.between(down, time.instant()).compareTo(Duration.ofSeconds(30)) < 0) {
        // an attempt still under way has only its deadline scheduled: wait for its failure to
        // schedule the backoff, which must be within maxBackoff (else this fails after WAIT)
        time.awaitDueWithin(Duration.ofSeconds(8), RecordingListener.WAIT);
        Duration waited = time.runNext(RecordingListener.WAIT);
        assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(8));
        rec.awaitFault(SessionFault.Kind.RECONNECT_FAILED);
        attempts++;
      }
      assertThat(attempts).as("backoff, not a tight loop").isBetween(5, 12);
      assertThat(session.state()).isEqualTo(SessionState.RECONNECTING);
      assertThatFailsFast(session);

      // the gateway comes back on the same port, with a call ringing at 100 that started meanwhile;
      // nothing answers by itself, so the call still rings when the resync snapshots it
      sim = CstaSimulator.demo().port(port).autoAnswerDelay(Duration.ZERO).start();
      // (a fresh PBX numbers calls from 1 again: a first call elsewhere keeps the ids apart)
      assertThat(sim.pbx().incomingCall("200", "102")).isEqualTo(callId);
      sim.pbx().setAutoAnswer("100", false); // it rings until the test answers
      String ringing = sim.pbx().incomingCall("200", "100");
      time.runNext(RecordingListener.WAIT);
      Gap gap = rec.awaitGap();
      rec.awaitState(SessionState.ACTIVE);

      assertThat(gap.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
      assertThat(gap.changes())
          .containsExactlyInAnyOrder(
              CallChange.of("100", callId, LocalConnectionState.CONNECTED, null),
              CallChange.of("100", ringing, null, LocalConnectionState.ALERTING),
              CallChange.of("101", callId, LocalConnectionState.CONNECTED, null));
      assertThat(m100.state()).isEqualTo(MonitorState.ACTIVE);
      assertThat(m101.state()).isEqualTo(MonitorState.ACTIVE);
      assertThat(m100.calls()).containsOnlyKeys(ringing);

      sim.pbx().answer("100");
      assertThat(next(at100, EstablishedEvent.class).monitorCrossRefId())
          .isEqualTo(m100.crossRefId());
      assertThat(m100.calls()).containsEntry(ringing, LocalConnectionState.CONNECTED);
      get(session.makeCall("101", "102"));
      assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    } finally {
      sim.close();
    }
  }

  private static void assertThatFailsFast(CstaSession session) {
    assertThat(session.makeCall("100", "101"))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(SessionUnavailableException.class);
  }
}
