package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csta4j.session.SessionFlowTest.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.MonitorEvent;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.signalr.jetty.JettySignalRTransportFactory;
import org.junit.jupiter.api.Test;

/**
 * A session over the Jetty transport rides out a short cut of its socket by SignalR's stateful
 * reconnect, against the simulator over real sockets: no RECONNECTING, no new login, no gap, every
 * event once and in order, and the listener hears the interruption and the resume.
 */
class StatefulResumeTest {

  private static List<Long> delivered(BlockingQueue<MonitorEvent> at100, int count)
      throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    long deadline = System.nanoTime() + RecordingListener.WAIT.toNanos();
    while (ids.size() < count) {
      MonitorEvent e = at100.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(e).as("event " + (ids.size() + 1) + " of " + count).isNotNull();
      if (e instanceof DeliveredEvent d) {
        ids.add(Long.parseLong(d.connection().callId().orElseThrow()));
      }
    }
    return ids;
  }

  private static void calls(CstaSimulator sim, int from, int count) {
    for (int i = from; i < from + count; i++) {
      sim.pbx().incomingCall("4570" + (1000 + i), "100"); // one Delivered each at 100
    }
  }

  @Test
  void aShortCutIsResumedWithoutReloginGapOrLostEvents() throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMinutes(5)).start();
        CstaClient client =
            CstaClient.builder()
                .gateway(sim.hubUrl())
                .transport(new JettySignalRTransportFactory())
                .credentials("demo", "demo", "demo.local")
                .listener(rec)
                .build()) {
      CstaSession session = get(client.connect());
      String sessionId = session.sessionId();
      BlockingQueue<MonitorEvent> at100 = new LinkedBlockingQueue<>();
      Monitor m100 = get(session.monitor("100", at100::add));
      String crossRef = m100.crossRefId();
      List<String> connections = sim.connectionIds();
      assertThat(connections).hasSize(1);
      int heardBefore = rec.heard.size();

      List<Long> order = new ArrayList<>();
      calls(sim, 0, 10);
      order.addAll(delivered(at100, 10));
      calls(sim, 10, 10);
      assertThat(sim.faults().cutConnection(connections.get(0), Duration.ofMillis(500))).isTrue();
      rec.awaitInterruption();
      // asked while the socket is away: sent on the resumed connection
      CompletableFuture<GetDoNotDisturbResponse> asked =
          session.send(org.csta4j.model.GetDoNotDisturb.of("100"), Duration.ofSeconds(20));
      calls(sim, 20, 10);
      Duration interrupted = rec.awaitResume();
      calls(sim, 30, 10);
      order.addAll(delivered(at100, 30));
      GetDoNotDisturbResponse answer = get(asked);
      assertThat(answer).isNotNull();

      assertThat(order).as("in order, none twice").isSorted().doesNotHaveDuplicates().hasSize(40);
      assertThat(interrupted).isPositive();
      assertThat(rec.heard.subList(heardBefore, rec.heard.size()))
          .as("no RECONNECTING, no gap, no fault: an interruption and a resume")
          .containsExactly("interrupted", "resumed");
      assertThat(rec.gaps).isEmpty();
      assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
      assertThat(session.sessionId()).as("no new login").isEqualTo(sessionId);
      assertThat(sim.sessionCount()).as("one gateway session").isEqualTo(1);
      assertThat(sim.connectionIds()).as("the same connection, resumed").isEqualTo(connections);
      assertThat(m100.crossRefId()).as("the monitor was not restored").isEqualTo(crossRef);
      assertThat(m100.state()).isEqualTo(MonitorState.ACTIVE);
    }
  }
}
