package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.RetrievedEvent;
import org.csta4j.model.SessionError;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.UnknownEvent;
import org.csta4j.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** The vendor flow through CstaClient and CstaSession, over real sockets against the simulator. */
@ParameterizedClass
@ValueSource(strings = {Transports.OFFICIAL, Transports.JETTY})
class SessionFlowTest {
  /** The transport under test, by name: each run of the class names it. */
  @SuppressWarnings("NullAway.Init") // set by JUnit before each run
  @Parameter
  String transport;

  static final long WAIT = 20;

  static <E> E next(BlockingQueue<? super E> events, Class<E> type) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (true) {
      Object e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(e).as("a " + type.getSimpleName() + " within " + WAIT + " s").isNotNull();
      if (type.isInstance(e)) {
        return type.cast(e);
      }
    }
  }

  static <T> T get(java.util.concurrent.CompletableFuture<T> f) throws Exception {
    return f.get(WAIT, TimeUnit.SECONDS);
  }

  @Test
  void vendorFlowWithTypedListenersRawEventsAndCallTracking() throws Exception {
    RecordingListener rec = new RecordingListener();
    List<String> listenerThreads = new CopyOnWriteArrayList<>();
    Set<Thread> ours;
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(50)).start();
        CstaClient client =
            CstaClient.builder()
                .transport(Transports.named(transport))
                .gateway(sim.hubUrl())
                .credentials("demo", "demo", "demo.local")
                .listener(rec)
                .build()) {
      CstaSession session = get(client.connect());
      assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
      assertThat(session.sessionId()).isNotBlank();
      rec.awaitState(SessionState.ACTIVE);

      Monitor m100 = get(session.monitor("100"));
      Monitor m101 = get(session.monitor("101"));
      assertThat(get(session.monitor("100"))).isSameAs(m100);
      assertThat(session.monitors()).containsExactly(m100, m101);
      assertThat(m100.crossRefId()).isNotBlank().isNotEqualTo(m101.crossRefId());

      BlockingQueue<MonitorEvent> at100 = new LinkedBlockingQueue<>();
      BlockingQueue<MonitorEvent> at101 = new LinkedBlockingQueue<>();
      BlockingQueue<CstaEvent> all = new LinkedBlockingQueue<>();
      BlockingQueue<String> raw = new LinkedBlockingQueue<>();
      m100.on(
          MonitorEvent.class,
          e -> {
            listenerThreads.add(Thread.currentThread().getName());
            at100.add(e);
          });
      m101.on(MonitorEvent.class, at101::add);
      session.on(CstaEvent.class, all::add);
      session.onRawEvent((name, json) -> raw.add(name + " " + json));

      MakeCallResponse call = get(session.makeCall("100", "101"));
      String callId = call.callingConnection().callId().orElseThrow();
      assertThat(next(at100, DeliveredEvent.class).connection().callId()).contains(callId);
      assertThat(next(at101, DeliveredEvent.class).monitorCrossRefId())
          .isEqualTo(m101.crossRefId());
      next(at100, EstablishedEvent.class);
      assertThat(m100.calls()).containsEntry(callId, LocalConnectionState.CONNECTED);

      get(session.hold(call.callingConnection()));
      next(at100, HeldEvent.class);
      assertThat(m100.calls()).containsEntry(callId, LocalConnectionState.HOLD);
      get(session.retrieve(call.callingConnection()));
      next(at100, RetrievedEvent.class);

      get(session.clearConnection(call.callingConnection()));
      assertThat(next(at100, ConnectionClearedEvent.class).droppedConnection().callId())
          .contains(callId);
      assertThat(m100.calls()).doesNotContainKey(callId);

      // the session-wide listener saw the same events, both monitors' in one order
      assertThat(next(all, ConnectionClearedEvent.class)).isNotNull();
      String delivered = raw.poll(WAIT, TimeUnit.SECONDS);
      while (delivered != null && !delivered.startsWith("Delivered ")) {
        delivered = raw.poll(WAIT, TimeUnit.SECONDS);
      }
      assertThat(delivered).startsWith("Delivered {").contains(callId);
      assertThat(listenerThreads).allMatch(n -> n.contains("-events-"));

      SnapshotDeviceResponse snapshot = get(session.snapshot("100"));
      assertThat(snapshot.snapshotData()).isEmpty();
      ours =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().startsWith("csta4j-"))
              .collect(Collectors.toSet());
    }
    rec.awaitState(SessionState.CLOSED);
    for (Thread t : ours) {
      t.join(10_000);
    }
    assertThat(ours).as("threads left after close").noneMatch(Thread::isAlive);
  }

  @Test
  void typedErrorsNameTheRequestAndTheSessionStaysUp() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client =
            CstaClient.builder()
                .transport(Transports.named(transport))
                .gateway(sim.hubUrl())
                .credentials("demo", "demo", "demo.local")
                .build()) {
      CstaSession session = get(client.connect());
      assertThatThrownBy(() -> get(session.makeCall("100", "")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("makeCall: to must not be blank");
      assertThatThrownBy(() -> get(session.snapshot("999")))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(CstaFailureException.class)
          .hasMessageContaining("SnapshotDevice");
      assertThatThrownBy(() -> get(session.monitor("999")))
          .cause()
          .isInstanceOf(CstaFailureException.class);
      assertThat(session.monitors()).isEmpty();
      assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
      assertThat(get(session.makeCall("100", "101")).callingConnection().callId()).isPresent();
    }
  }

  @Test
  void rawEscapeHatchSendsAnyMethodAndSeesUnknownEvents() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client =
            CstaClient.builder()
                .transport(Transports.named(transport))
                .gateway(sim.hubUrl())
                .credentials("demo", "demo", "demo.local")
                .build()) {
      CstaSession session = get(client.connect());
      String json = get(session.sendRaw("SnapshotDevice", "{\"snapshotObject\":\"100\"}"));
      assertThat(json).startsWith("{");
      BlockingQueue<String> raw = new LinkedBlockingQueue<>();
      BlockingQueue<CstaEvent> all = new LinkedBlockingQueue<>();
      session.onRawEvent((name, body) -> raw.add(name + " " + body));
      session.on(CstaEvent.class, all::add);
      sim.faults().sendUnknownEvent("ParkingLotChanged", "{\"lot\":7}");
      UnknownEvent unknown = next(all, UnknownEvent.class);
      assertThat(unknown.name()).isEqualTo("ParkingLotChanged");
      assertThat(raw.poll(WAIT, TimeUnit.SECONDS)).isEqualTo("ParkingLotChanged {\"lot\":7}");
    }
  }

  @Test
  void rejectedCredentialsFailTypedAndAreNotRetried() throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client =
            CstaClient.builder()
                .transport(Transports.named(transport))
                .gateway(sim.hubUrl())
                .credentials("demo", "wrong-secret-42", "demo.local")
                .listener(rec)
                .build()) {
      ExecutionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExecutionException.class, () -> get(client.connect()));
      if (!(e.getCause() instanceof LoginFailedException login)) {
        throw new AssertionError("not a refused login", e.getCause());
      }
      assertThat(login.isPermanent()).isTrue();
      assertThat(login.getMessage())
          .contains("demo@demo.local", "invalidApplicationInfo")
          .doesNotContain("wrong-secret-42");
      assertThat(client.toString()).doesNotContain("wrong-secret-42");
      rec.awaitState(SessionState.CLOSED);
      assertThat(client.sessions()).isEmpty();
      assertThat(sim.sessionCount()).isZero();

      sim.faults().rejectLogins(SessionError.MAX_NUMBER_SESSIONS);
    }
  }
}
