package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csta4j.session.TestEvents.delivered;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.MonitorStopResponse;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.testing.InMemoryTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No gateway monitor that no handle holds (ADR 0012), on the scriptable in-memory transport and
 * virtual time: a MonitorStart answered after the caller's timeout is stopped at once (also when an
 * interruption held the answer), a handle stopped while its restore was in flight leaves no monitor
 * behind, and asking again after a timeout ends with one gateway monitor. The same over real
 * sockets is in {@link LateMonitorStartSocketTest}.
 */
class LateMonitorStartTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final Duration TIMEOUT = Duration.ofSeconds(1);

  private final ScriptedGateway gateway = new ScriptedGateway();
  private final VirtualScheduler time = new VirtualScheduler();
  private final RecordingListener rec = new RecordingListener();
  private final List<CstaClient> clients = new ArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(CstaClient::close);
    gateway.awaitAllEnded();
  }

  private CstaSession connect() throws Exception {
    CstaClient client =
        CstaClient.builder()
            .gateway(URI.create("memory://gateway"))
            .transport(gateway)
            .credentials("alice", "pw", "pbx.example")
            .scheduler(time)
            .clock(time)
            .random(new Random(12))
            .requestTimeout(TIMEOUT)
            .listener(rec)
            .build();
    clients.add(client);
    return client.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The next request the gateway left unanswered, which must be of {@code type}. */
  private static <T> T next(InMemoryTransport t, Class<T> type) throws InterruptedException {
    InMemoryTransport.SentRequest r = t.awaitRequest(WAIT);
    assertThat(r).as("a request within " + WAIT).isNotNull();
    assertThat(r.request()).isInstanceOf(type);
    return type.cast(r.request());
  }

  private static InMemoryTransport.SentRequest nextStart(InMemoryTransport t)
      throws InterruptedException {
    InMemoryTransport.SentRequest r = t.awaitRequest(WAIT);
    assertThat(r).as("a MonitorStart within " + WAIT).isNotNull();
    assertThat(r.request()).isInstanceOf(MonitorStart.class);
    return r;
  }

  private static void assertTimedOut(CompletableFuture<Monitor> f) {
    assertThat(f)
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(RequestTimeoutException.class)
        .withMessageContaining("MonitorStart");
  }

  private static List<String> stopsSent(InMemoryTransport t) {
    List<String> refs = new ArrayList<>();
    for (InMemoryTransport.SentRequest r : t.sentRequests()) {
      if (r.request() instanceof MonitorStop stop) {
        refs.add(stop.monitorCrossRefId());
      }
    }
    return refs;
  }

  @Test
  void anAnswerAfterTheCallersTimeoutIsStoppedAtOnceAndReachesNoHandle() throws Exception {
    CstaSession session = connect();
    InMemoryTransport t = gateway.awaitTransport();
    gateway.unanswered.add(MonitorStart.class);
    BlockingQueue<MonitorEvent> heard = new LinkedBlockingQueue<>();
    CompletableFuture<Monitor> f = session.monitor("100", heard::add);
    InMemoryTransport.SentRequest start = nextStart(t);

    time.advance(TIMEOUT);
    assertTimedOut(f);
    // session-wide listeners hear every event, in order, before any handle its id is routed to:
    // added before the first one, so that what they hear does not depend on the dispatcher's pace
    BlockingQueue<String> all = new LinkedBlockingQueue<>();
    session.on(DeliveredEvent.class, e -> all.add(e.connection().callId().orElseThrow()));
    // the gateway started it all the same: its first event, then its answer, come late
    t.emit(delivered("ref-late", "c1", "100"));
    start.respond(MonitorStartResponse.of("ref-late"));

    MonitorStop stop = next(t, MonitorStop.class);
    assertThat(stop.monitorCrossRefId()).isEqualTo("ref-late");
    assertThat(session.monitors()).isEmpty();
    // once they heard the marker, every handle delivery of the late monitor's events would have
    // happened
    t.emit(delivered("ref-late", "c2", "100"));
    t.emit(delivered("ref-other", "marker", "999"));
    assertThat(all.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c1");
    assertThat(all.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c2");
    assertThat(all.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("marker");
    assertThat(heard).as("no handle got an event of the late monitor").isEmpty();
    assertThat(rec.allFaults).isEmpty();
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
  }

  @Test
  void anAnswerHeldByAnInterruptionPastTheTimeoutIsStoppedOnResume() throws Exception {
    CstaSession session = connect();
    InMemoryTransport t = gateway.awaitTransport();
    gateway.unanswered.add(MonitorStart.class);
    CompletableFuture<Monitor> f = session.monitor("100");
    InMemoryTransport.SentRequest start = nextStart(t);

    // the socket goes just before the gateway answers; the answer waits for the resume
    assertThat(t.interrupt("cable pulled")).isTrue();
    rec.awaitInterruption();
    start.respond(MonitorStartResponse.of("ref-held"));
    time.advance(TIMEOUT);
    assertTimedOut(f);
    assertThat(stopsSent(t)).isEmpty();

    assertThat(t.resume()).isTrue();
    rec.awaitResume();
    MonitorStop stop = next(t, MonitorStop.class);
    assertThat(stop.monitorCrossRefId()).isEqualTo("ref-held");
    assertThat(session.monitors()).isEmpty();
    assertThat(rec.allFaults).isEmpty();
    assertThat(rec.gaps).isEmpty();
  }

  @Test
  void aHandleStoppedWhileItsRestoreIsInFlightLeavesNoMonitorBehind() throws Exception {
    CstaSession session = connect();
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m100 = session.monitor("100").get(WAIT.toSeconds(), TimeUnit.SECONDS);
    Monitor m101 = session.monitor("101").get(WAIT.toSeconds(), TimeUnit.SECONDS);

    gateway.unanswered.add(MonitorStart.class);
    first.loseConnection("reset");
    rec.awaitState(SessionState.RECONNECTING);
    time.runImmediate(WAIT);
    InMemoryTransport second = gateway.awaitTransport();
    InMemoryTransport.SentRequest a = nextStart(second);
    InMemoryTransport.SentRequest b = nextStart(second);
    // the application stops 101 while the gateway restores it
    assertThat(m101.stop()).succeedsWithin(WAIT);
    InMemoryTransport.SentRequest r101 = device(a).equals("101") ? a : b;
    InMemoryTransport.SentRequest r100 = r101 == a ? b : a;
    r101.respond(MonitorStartResponse.of("ref-101-restored"));
    r100.respond(MonitorStartResponse.of("ref-100-restored"));
    rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);

    MonitorStop stop = next(second, MonitorStop.class);
    assertThat(stop.monitorCrossRefId()).isEqualTo("ref-101-restored");
    assertThat(m100.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(m100.crossRefId()).isEqualTo("ref-100-restored");
    assertThat(m101.state()).isEqualTo(MonitorState.STOPPED);
    assertThat(session.monitors()).containsExactly(m100);
    assertThat(stopsSent(first)).isEmpty();
  }

  @Test
  void askingAgainAfterATimeoutEndsWithOneGatewayMonitorWhicheverAnswerComesFirst()
      throws Exception {
    CstaSession session = connect();
    InMemoryTransport t = gateway.awaitTransport();
    gateway.unanswered.add(MonitorStart.class);
    gateway.unanswered.add(MonitorStop.class);
    for (boolean lateFirst : new boolean[] {true, false}) {
      String device = lateFirst ? "100" : "101";
      CompletableFuture<Monitor> first = session.monitor(device);
      InMemoryTransport.SentRequest start1 = nextStart(t);
      time.advance(TIMEOUT);
      assertTimedOut(first);

      CompletableFuture<Monitor> again = session.monitor(device);
      InMemoryTransport.SentRequest start2 = nextStart(t);
      String late = "ref-" + device + "-late";
      String live = "ref-" + device + "-again";
      if (lateFirst) {
        start1.respond(MonitorStartResponse.of(late));
        InMemoryTransport.SentRequest stop = t.awaitRequest(WAIT);
        assertThat(((MonitorStop) stop.request()).monitorCrossRefId()).isEqualTo(late);
        stop.respond(MonitorStopResponse.of());
        start2.respond(MonitorStartResponse.of(live));
      } else {
        start2.respond(MonitorStartResponse.of(live));
        assertThat(again).succeedsWithin(WAIT);
        start1.respond(MonitorStartResponse.of(late));
        InMemoryTransport.SentRequest stop = t.awaitRequest(WAIT);
        assertThat(((MonitorStop) stop.request()).monitorCrossRefId()).isEqualTo(late);
        stop.respond(MonitorStopResponse.of());
      }
      Monitor m = again.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
      assertThat(m.crossRefId()).isEqualTo(live);
      // the gateway's monitors of the device: both started, the late one stopped
      assertThat(stopsSent(t)).contains(late).doesNotContain(live);
      BlockingQueue<String> calls = new LinkedBlockingQueue<>();
      m.on(DeliveredEvent.class, e -> calls.add(e.connection().callId().orElseThrow()));
      t.emit(delivered(live, "c-" + device, device));
      assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c-" + device);
    }
    assertThat(session.monitors()).hasSize(2);
    assertThat(stopsSent(t)).containsExactly("ref-100-late", "ref-101-late");
    assertThat(rec.allFaults).isEmpty();
  }

  private static String device(InMemoryTransport.SentRequest r) {
    return ((MonitorStart) r.request()).monitorObject().deviceObject().orElseThrow().value();
  }
}
