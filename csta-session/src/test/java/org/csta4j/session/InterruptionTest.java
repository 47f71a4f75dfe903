package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csta4j.session.TestEvents.delivered;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.InMemoryTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A connection the transport resumes (ADR 0010), on the in-memory transport and virtual time: an
 * interruption that resumes is no loss (no RECONNECTING, no login, no monitor restore, no gap,
 * events in order, only onInterrupted and onResumed heard); one that ends in a loss, or outlasts
 * its bound, recovers as any loss; request and keepalive timeouts while interrupted start no
 * recovery of their own.
 */
class InterruptionTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final ScriptedGateway gateway = new ScriptedGateway();
  private final VirtualScheduler time = new VirtualScheduler();
  private final RecordingListener rec = new RecordingListener();
  private final List<CstaClient> clients = new ArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(CstaClient::close);
    gateway.awaitAllEnded();
  }

  private CstaClient.Builder builder() {
    return CstaClient.builder()
        .gateway(URI.create("memory://gateway"))
        .transport(gateway)
        .credentials("alice", "pw", "pbx.example")
        .scheduler(time)
        .clock(time)
        .random(new Random(7))
        .listener(rec);
  }

  private CstaSession connect(CstaClient.Builder b) throws Exception {
    CstaClient client = b.build();
    clients.add(client);
    return client.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static int count(InMemoryTransport t, Class<?> type) {
    return (int) t.sentRequests().stream().filter(r -> type.isInstance(r.request())).count();
  }

  private static String callId(DeliveredEvent e) {
    return e.connection().callId().orElseThrow();
  }

  @Test
  void anInterruptionThatResumesIsNoLossAndOnlyListenersHearOfIt() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    BlockingQueue<String> calls = new LinkedBlockingQueue<>();
    Monitor m =
        session
            .monitor("100", e -> calls.add(callId((DeliveredEvent) e)))
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    t.emit(delivered("ref-1", "c1", "100"));
    assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c1");

    assertThat(t.interrupt("cable pulled")).isTrue();
    assertThat(rec.awaitInterruption()).hasMessageContaining("cable pulled");
    t.emit(delivered("ref-1", "c2", "100")); // the gateway keeps these for the resume
    t.emit(delivered("ref-1", "c3", "100"));
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(m.crossRefId()).isEqualTo("ref-1");

    time.advance(Duration.ofSeconds(3));
    int keepalivesBefore = count(t, ResetApplicationSessionTimer.class);
    assertThat(t.resume()).isTrue();
    assertThat(rec.awaitResume()).isEqualTo(Duration.ofSeconds(3));
    assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c2");
    assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c3");
    // a keepalive at once proves the gateway's CSTA session outlived the interruption
    awaitRequests(t, ResetApplicationSessionTimer.class, keepalivesBefore + 1);

    assertThat(count(t, StartApplicationSession.class)).as("no new login").isEqualTo(1);
    assertThat(count(t, MonitorStart.class)).as("no monitor restore").isEqualTo(1);
    assertThat(gateway.all).as("no new transport").hasSize(1);
    assertThat(rec.gaps).as("no gap").isEmpty();
    assertThat(rec.heard).containsExactly("state ACTIVE", "interrupted", "resumed");
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    assertThat(m.crossRefId()).isEqualTo("ref-1");
    assertThat(calls).isEmpty();
  }

  @Test
  void anInterruptionThatEndsInALossRecoversAsAnyLoss() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m = session.monitor("100").get(WAIT.toSeconds(), TimeUnit.SECONDS);
    first.interrupt("cable pulled");
    rec.awaitInterruption();
    first.loseConnection("the gateway's window passed");
    rec.awaitFault(SessionFault.Kind.CONNECTION_LOST);
    rec.awaitState(SessionState.RECONNECTING);
    time.runImmediate(WAIT);
    Gap gap = rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);
    assertThat(gap.cause()).hasMessageContaining("window passed");
    assertThat(gateway.logins.get()).isEqualTo(2);
    assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(m.crossRefId()).isEqualTo("ref-2");
    assertThat(rec.resumes).isEmpty();
    assertThat(rec.heard)
        .containsSubsequence(
            "interrupted", "fault CONNECTION_LOST", "state RECONNECTING", "gap", "state ACTIVE")
        .doesNotContain("resumed")
        .filteredOn(h -> h.equals("gap"))
        .hasSize(1);
  }

  @Test
  void aRequestTimesOutWhileInterruptedAndTheSessionStaysActive() throws Exception {
    CstaSession session = connect(builder().requestTimeout(Duration.ofMillis(300)));
    InMemoryTransport t = gateway.awaitTransport();
    t.interrupt("cable pulled");
    rec.awaitInterruption();
    // held by the interruption, then never answered by the scripted gateway
    assertThat(session.send(MakeCall.of("100", "200")))
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(RequestTimeoutException.class)
        .withMessageContaining("MakeCall");
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    t.resume();
    rec.awaitResume();
    assertThat(session.snapshot("100")).succeedsWithin(WAIT);
    assertThat(rec.allFaults).isEmpty();
    assertThat(gateway.all).hasSize(1);
  }

  @Test
  void aKeepaliveUnansweredWhileInterruptedStartsNoRecovery() throws Exception {
    gateway.granted = Duration.ofSeconds(40);
    connect(
        builder()
            .keepaliveInterval(Duration.ofSeconds(10))
            .requestTimeout(Duration.ofMillis(200))
            .connectTimeout(Duration.ofMinutes(1)));
    InMemoryTransport t = gateway.awaitTransport();
    t.interrupt("cable pulled");
    rec.awaitInterruption();
    // the resume bound (1 min + 3 x 200 ms) is later than the keepalive, due in 10 s
    assertThat(time.runNext(WAIT)).isEqualTo(Duration.ofSeconds(10));
    // the keepalive is held and times out (200 ms): it proves nothing, and the next one is
    // scheduled as usual instead of a recovery
    time.awaitDueWithin(Duration.ofSeconds(10), WAIT);
    assertThat(rec.allFaults).isEmpty();
    assertThat(rec.states).containsExactly(SessionState.ACTIVE);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);

    t.resume();
    rec.awaitResume();
    // the held keepalive reaches the gateway, and one more goes at the resume
    awaitRequests(t, ResetApplicationSessionTimer.class, 2);
    assertThat(gateway.all).hasSize(1);
    assertThat(rec.allFaults).isEmpty();
    assertThat(rec.gaps).isEmpty();
  }

  @Test
  void anInterruptionThatOutlastsItsBoundIsTakenAsALoss() throws Exception {
    // the bound is the attempt deadline: connect timeout + 3 request timeouts = 5 s
    connect(builder().connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(1)));
    InMemoryTransport first = gateway.awaitTransport();
    first.interrupt("cable pulled");
    rec.awaitInterruption();
    time.awaitDueWithin(Duration.ofSeconds(5), WAIT);
    assertThat(time.runNext(WAIT)).isEqualTo(Duration.ofSeconds(5));
    SessionFault lost = rec.awaitFault(SessionFault.Kind.CONNECTION_LOST);
    assertThat(lost.message()).contains("not resumed within PT5S", "cable pulled");
    rec.awaitState(SessionState.RECONNECTING);
    time.runImmediate(WAIT);
    rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);
    assertThat(gateway.logins.get()).isEqualTo(2);
    // the abandoned transport is closed, and its late resume changes nothing
    awaitState(first, TransportState.CLOSED);
    assertThat(first.resume()).isFalse();
    assertThat(rec.resumes).isEmpty();
  }

  /**
   * Waits, with a timeout, until the gateway got {@code n} requests of {@code type} on {@code t}.
   */
  private static void awaitRequests(InMemoryTransport t, Class<?> type, int n) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (count(t, type) < n) {
      assertThat(System.nanoTime())
          .as(n + " " + type.getSimpleName() + " within " + WAIT)
          .isLessThan(deadline);
      Thread.onSpinWait();
    }
    assertThat(count(t, type)).isEqualTo(n);
  }

  private static void awaitState(InMemoryTransport t, TransportState state) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (t.state() != state) {
      assertThat(System.nanoTime())
          .as("transport " + state + " within " + WAIT)
          .isLessThan(deadline);
      Thread.onSpinWait();
    }
  }
}
