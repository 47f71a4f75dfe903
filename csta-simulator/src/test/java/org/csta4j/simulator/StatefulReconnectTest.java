package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.csta4j.simulator.internal.ResumeClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server side of SignalR stateful reconnect at the frame level, where the official clients do
 * not reach: what negotiate offers, acks both ways, the replay buffer, duplicates a client replays,
 * a sequence with a gap, a second socket, and the reconnect window.
 */
class StatefulReconnectTest {
  private static final String RS = String.valueOf(RawSignalRClient.RS);
  private static final String LOGIN = RawSignalRClient.DEMO_LOGIN + RS;

  private static CstaSimulator sim;

  @BeforeAll
  static void start() {
    sim = CstaSimulator.demo().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static String invoke(String id, String target, String argument) {
    return "{\"type\":1,\"invocationId\":\""
        + id
        + "\",\"target\":\""
        + target
        + "\",\"arguments\":["
        + argument
        + "]}"
        + RS;
  }

  private static String monitor(String id, String device) {
    return invoke(id, "MonitorStart", "{\"monitorObject\":{\"deviceObject\":\"" + device + "\"}}");
  }

  /** A negotiated (v1, stateful reconnect asked for) connection: its id and token. */
  private record Negotiated(String id, String token) {
    URI ws(URI hub) {
      return RawSignalRClient.wsUrl(hub, token);
    }
  }

  private static Negotiated negotiateStateful(CstaSimulator s) throws Exception {
    String body =
        RawSignalRClient.negotiate(s.hubUrl(), "?negotiateVersion=1&useStatefulReconnect=true")
            .body();
    assertThat(body).contains("\"useStatefulReconnect\":true");
    return new Negotiated(
        RawSignalRClient.field(body, "connectionId"),
        RawSignalRClient.field(body, "connectionToken"));
  }

  /** A stateful connection that logged in (invocation 1), then had its socket cut. */
  private static Negotiated loggedInThenCut(CstaSimulator s, Duration hold) throws Exception {
    Negotiated n = negotiateStateful(s);
    try (RawSignalRClient c = RawSignalRClient.open(n.ws(s.hubUrl())).handshake(2)) {
      c.text(LOGIN);
      assertThat(c.next()).contains("sessionID");
      assertThat(s.sessionCount()).isPositive();
      assertThat(s.faults().cutConnection(n.id(), hold)).isTrue();
    }
    return n;
  }

  @Test
  void negotiateOffersItOnlyToAV1ClientThatAsks() throws Exception {
    assertThat(RawSignalRClient.negotiate(sim.hubUrl(), "?negotiateVersion=1").body())
        .doesNotContain("useStatefulReconnect");
    assertThat(
            RawSignalRClient.negotiate(
                    sim.hubUrl(), "?negotiateVersion=1&useStatefulReconnect=true")
                .body())
        .contains("\"useStatefulReconnect\":true");
    assertThat(RawSignalRClient.negotiate(sim.hubUrl(), "?useStatefulReconnect=true").body())
        .as("v0 has no secret token to resume with")
        .doesNotContain("useStatefulReconnect");
    try (CstaSimulator off = CstaSimulator.demo().statefulReconnect(false).start()) {
      assertThat(
              RawSignalRClient.negotiate(
                      off.hubUrl(), "?negotiateVersion=1&useStatefulReconnect=true")
                  .body())
          .doesNotContain("useStatefulReconnect");
    }
  }

  @Test
  void aVersionOneHandshakeGetsNoAcksAndItsConnectionEndsWithItsSocket() throws Exception {
    Negotiated n = negotiateStateful(sim);
    try (RawSignalRClient c = RawSignalRClient.open(n.ws(sim.hubUrl())).handshake(1)) {
      c.text(LOGIN);
      assertThat(c.next()).contains("\"invocationId\":\"1\"", "sessionID");
      sim.faults().sendUnknownEvent("Probe", "{}");
      assertThat(c.next())
          .as("no Ack between the completion and the next event")
          .startsWith("{\"type\":1,\"target\":\"Probe\"");
      assertThat(sim.faults().cutConnection(n.id(), Duration.ZERO)).isTrue();
      assertThat(c.closed.get(10, TimeUnit.SECONDS)).isNotNull();
    }
    assertThatThrownBy(() -> RawSignalRClient.open(n.ws(sim.hubUrl())))
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(404));
  }

  @Test
  void aResumeReplaysWhatTheClientHasNotAcknowledgedAfterASequence() throws Exception {
    Negotiated n = negotiateStateful(sim);
    try (RawSignalRClient c = RawSignalRClient.open(n.ws(sim.hubUrl())).handshake(2)) {
      c.text(LOGIN);
      assertThat(c.next()).contains("\"invocationId\":\"1\"", "sessionID"); // server id 1
      assertThat(c.next()).isEqualTo("{\"type\":8,\"sequenceId\":1}");
      c.text(monitor("2", "100"));
      assertThat(c.next()).contains("\"invocationId\":\"2\"", "monitorCrossRefID"); // 2
      assertThat(c.next()).isEqualTo("{\"type\":8,\"sequenceId\":2}");
      c.text("{\"type\":8,\"sequenceId\":2}" + RS);
      for (int i = 1; i <= 3; i++) {
        sim.faults().sendUnknownEvent("Tick", "{\"n\":" + i + "}"); // 3, 4, 5
        assertThat(c.next()).contains("\"target\":\"Tick\"", "{\"n\":" + i + "}");
      }
      // the client has processed tick 1 only; the answer to its next request shows the Ack read
      c.text("{\"type\":8,\"sequenceId\":3}" + RS);
      c.text(invoke("3", "Nope", ""));
      assertThat(c.next()).contains("\"invocationId\":\"3\"", "Unknown hub method"); // 6
      assertThat(c.next()).isEqualTo("{\"type\":8,\"sequenceId\":3}");
      ResumeClock clock = (ResumeClock) sim.faults();
      assertThat(clock.resumedAtNanos(n.id())).as("never resumed yet").isEmpty();

      assertThat(sim.faults().cutConnection(n.id(), Duration.ZERO)).isTrue();
      assertThat(c.closed.get(10, TimeUnit.SECONDS)).isNotNull();
    }
    assertThat(sim.connectionIds()).doesNotContain(n.id());
    assertThat(sim.monitorIdsByConnection()).containsKey(n.id());

    long beforeResume = System.nanoTime();
    try (RawSignalRClient c = RawSignalRClient.open(n.ws(sim.hubUrl()))) {
      // no handshake on a resumed socket: the server's Sequence comes first, then the replay
      assertThat(c.next()).isEqualTo("{\"type\":9,\"sequenceId\":4}");
      OptionalLong resumedAt = ((ResumeClock) sim.faults()).resumedAtNanos(n.id());
      assertThat(resumedAt).as("the simulator tells when it took the resumed socket").isPresent();
      assertThat(resumedAt.getAsLong() - beforeResume).isPositive();
      assertThat(c.next()).contains("\"target\":\"Tick\"", "{\"n\":2}");
      assertThat(c.next()).contains("\"target\":\"Tick\"", "{\"n\":3}");
      assertThat(c.next()).contains("\"invocationId\":\"3\"", "Unknown hub method");
      c.text("{\"type\":9,\"sequenceId\":4}" + RS);
      c.text(monitor("4", "101"));
      assertThat(c.next())
          .as("still logged in: a monitor needs a session")
          .contains("\"invocationId\":\"4\"", "monitorCrossRefID");
      assertThat(c.next()).isEqualTo("{\"type\":8,\"sequenceId\":4}");
      assertThat(sim.connectionIds()).contains(n.id());
      assertThat(sim.monitorIdsByConnection().get(n.id())).hasSize(2);
    }
  }

  @Test
  void duplicatesTheClientReplaysAreDroppedAndAcknowledged() throws Exception {
    Negotiated n = negotiateStateful(sim);
    String makeCall =
        invoke("2", "MakeCall", "{\"callingDevice\":\"102\",\"calledDirectoryNumber\":\"200\"}");
    int callsBefore = sim.pbx().activeCallCount();
    try (RawSignalRClient c = RawSignalRClient.open(n.ws(sim.hubUrl())).handshake(2)) {
      c.text(LOGIN);
      assertThat(c.next()).contains("\"invocationId\":\"1\"", "sessionID");
      assertThat(c.next()).isEqualTo("{\"type\":8,\"sequenceId\":1}");
      c.text(makeCall);
      assertThat(c.next()).contains("\"invocationId\":\"2\"", "callingDevice");
      assertThat(c.next()).isEqualTo("{\"type\":8,\"sequenceId\":2}");
      assertThat(sim.faults().cutConnection(n.id(), Duration.ZERO)).isTrue();
    }
    assertThat(sim.pbx().activeCallCount()).isEqualTo(callsBefore + 1);

    try (RawSignalRClient c = RawSignalRClient.open(n.ws(sim.hubUrl()))) {
      assertThat(c.next()).isEqualTo("{\"type\":9,\"sequenceId\":1}");
      assertThat(c.next()).contains("\"invocationId\":\"1\"", "sessionID");
      assertThat(c.next()).contains("\"invocationId\":\"2\"", "callingDevice");
      // as if the client never saw the server's acks: it replays both requests
      c.text("{\"type\":9,\"sequenceId\":1}" + RS + LOGIN + makeCall);
      assertThat(c.next())
          .as("duplicates are not answered, only acknowledged")
          .isEqualTo("{\"type\":8,\"sequenceId\":2}");
      c.text(monitor("3", "100"));
      assertThat(c.next()).contains("\"invocationId\":\"3\"", "monitorCrossRefID");
      assertThat(c.next()).isEqualTo("{\"type\":8,\"sequenceId\":3}");
    }
    assertThat(sim.pbx().activeCallCount()).as("the call was made once").isEqualTo(callsBefore + 1);
  }

  @Test
  void aSequenceThatSkipsMessagesEndsTheConnection() throws Exception {
    Negotiated n = loggedInThenCut(sim, Duration.ZERO);
    try (RawSignalRClient c = RawSignalRClient.open(n.ws(sim.hubUrl()))) {
      assertThat(c.next()).startsWith("{\"type\":9,");
      c.next(); // the replayed login response
      c.text("{\"type\":9,\"sequenceId\":5}" + RS); // the server has processed only id 1
      assertThat(c.next()).startsWith("{\"type\":7,\"error\":\"Sequence ID greater than");
      assertThat(c.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
    }
  }

  @Test
  void aNewSocketTakesOverFromOneTheServerStillThinksIsUp() throws Exception {
    Negotiated n = negotiateStateful(sim);
    try (RawSignalRClient first = RawSignalRClient.open(n.ws(sim.hubUrl())).handshake(2)) {
      first.text(LOGIN);
      assertThat(first.next()).contains("sessionID");
      try (RawSignalRClient second = RawSignalRClient.open(n.ws(sim.hubUrl()))) {
        assertThat(second.next()).isEqualTo("{\"type\":9,\"sequenceId\":1}");
        assertThat(first.closed.get(10, TimeUnit.SECONDS)).isNotNull();
        second.text("{\"type\":9,\"sequenceId\":2}" + RS + monitor("2", "100"));
        assertThat(second.next()).contains("\"invocationId\":\"1\"", "sessionID"); // replayed
        assertThat(second.next()).contains("\"invocationId\":\"2\"", "monitorCrossRefID");
      }
    }
  }

  @Test
  void aConnectionNotResumedWithinTheWindowEnds() throws Exception {
    try (CstaSimulator s =
        CstaSimulator.demo().statefulReconnectWindow(Duration.ofMillis(300)).start()) {
      // the resume is held back until long after the window
      Negotiated n = loggedInThenCut(s, Duration.ofSeconds(2));
      assertThatThrownBy(() -> RawSignalRClient.open(n.ws(s.hubUrl())))
          .cause()
          .isInstanceOfSatisfying(
              WebSocketHandshakeException.class,
              e -> assertThat(e.getResponse().statusCode()).isEqualTo(404));
      assertThat(s.sessionCount()).as("logged out when the window elapsed").isZero();
      assertThat(s.faultLog()).anySatisfy(f -> assertThat(f.fault()).isEqualTo("cut-connection"));
    }
  }
}
