package org.csta4j.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.RawJson;
import org.csta4j.model.SessionError;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.UnknownEvent;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.csta4j.session.ReconnectPolicy;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.csta4j.session.SessionUnavailableException;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.RequestTimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The binder over real sockets against the embedded simulator, with the SignalR transport: the
 * meters move as the session works, fails and recovers, and no tag names a device, a call, the user
 * or the password.
 */
class CstaMetricsTest {
  static final long WAIT = 20;
  static final String USER = "metrics-user";
  static final String PASSWORD = "Zq-9-very-secret-pw";
  static final String DOMAIN = "metrics.local";

  CstaSimulator sim;
  CstaClient client;
  CstaSession session;
  SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void connect() throws Exception {
    sim =
        CstaSimulator.builder()
            .user(USER, PASSWORD, DOMAIN)
            .device("100")
            .device("101")
            .device("102")
            .autoAnswerDelay(Duration.ofMillis(20))
            .start();
    client =
        CstaClient.builder()
            .gateway(sim.hubUrl())
            .credentials(USER, PASSWORD, DOMAIN)
            .transport(CstaTransports.named("signalr")) // the official client's: no resumes
            .reconnectPolicy(
                ReconnectPolicy.builder()
                    .initialBackoff(Duration.ofMillis(50))
                    .maxBackoff(Duration.ofMillis(300))
                    .build())
            .build();
    session = get(client.connect());
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  /**
   * Hears what the binder hears, after it: added to the session after the binder, so when it is
   * called (on the same dispatcher) the binder has counted already.
   */
  static final class After implements SessionListener {
    final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    final BlockingQueue<SessionState> states = new LinkedBlockingQueue<>();
    final BlockingQueue<CstaEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<SessionFault.Kind> faults = new LinkedBlockingQueue<>();

    After(CstaSession session) {
      session.addListener(this);
      session.on(CstaEvent.class, events::add);
    }

    @Override
    public void onRequestCompleted(String service, Duration took, @Nullable Throwable failure) {
      requests.add(service);
    }

    @Override
    public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
      states.add(to);
    }

    @Override
    public void onFault(SessionFault fault) {
      faults.add(fault.kind());
    }

    void fault(SessionFault.Kind kind) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
      while (true) {
        SessionFault.Kind k = faults.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(k).as("a " + kind + " fault within " + WAIT + " s").isNotNull();
        if (k == kind) {
          return;
        }
      }
    }

    void request(String service) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
      while (true) {
        String s = requests.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(s).as("a completed " + service + " within " + WAIT + " s").isNotNull();
        if (s.equals(service)) {
          return;
        }
      }
    }

    void state(SessionState state) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
      while (true) {
        SessionState s = states.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(s).as("state " + state + " within " + WAIT + " s").isNotNull();
        if (s == state) {
          return;
        }
      }
    }

    <E extends CstaEvent> E event(Class<E> type) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
      while (true) {
        CstaEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(e).as("a " + type.getSimpleName() + " within " + WAIT + " s").isNotNull();
        if (type.isInstance(e)) {
          return type.cast(e);
        }
      }
    }
  }

  @Test
  void requestsEventsAndStateAreMeasuredPerServiceTypeAndOutcome() throws Exception {
    CstaMetrics metrics =
        CstaMetrics.builder(session).name("pbx-a").publishPercentiles(0.5, 0.99).build();
    metrics.bindTo(registry);
    After after = new After(session);

    assertThat(gauge("csta.session.state", "state", "active")).isEqualTo(1);
    assertThat(gauge("csta.session.state", "state", "reconnecting")).isZero();
    assertThat(gauge("csta.requests.pending")).isZero();
    assertThat(gauge("csta.dispatch.queue")).isGreaterThanOrEqualTo(0);
    assertThat(registry.find("csta.faults").counters())
        .as("one counter per kind, from the bind")
        .hasSize(SessionFault.Kind.values().length);

    get(session.monitor("100"));
    get(session.monitor("101"));
    MakeCallResponse call = get(session.makeCall("100", "101"));
    after.request("MakeCall");
    Timer makeCall = requests("MakeCall", "success");
    assertThat(makeCall.count()).isEqualTo(1);
    assertThat(makeCall.takeSnapshot().percentileValues()).hasSize(2);
    after.event(DeliveredEvent.class);
    assertThat(counter("csta.events", "type", "Delivered")).isGreaterThanOrEqualTo(1);

    // a request the gateway sits on times out, and is counted under its outcome
    sim.faults().delayNextResponses(1, Duration.ofSeconds(30));
    assertThat(failure(session.send(SnapshotDevice.of("102"), Duration.ofMillis(200))))
        .isInstanceOf(RequestTimeoutException.class);
    after.request("SnapshotDevice");
    assertThat(requests("SnapshotDevice", "timeout").count()).isEqualTo(1);
    assertThat(registry.find("csta.requests").tag("outcome", "success").timers())
        .extracting(t -> t.getId().getTag("service"))
        .containsOnly("MonitorStart", "MakeCall");

    // a method the model lacks, sent raw, is "other"; an unknown event too
    CompletableFuture<String> raw = session.sendRaw("VendorSpecificThing", "{}");
    String answered = get(raw.handle((r, e) -> "answered")); // either way
    assertThat(answered).isEqualTo("answered");
    after.request("VendorSpecificThing");
    assertThat(registry.find("csta.requests").tag("service", "other").timers()).hasSize(1);
    assertThat(sim.faults().sendUnknownEvent("VendorFeatureChanged", "{\"device\":\"100\"}"))
        .isPositive();
    after.event(UnknownEvent.class);
    assertThat(counter("csta.events", "type", "other")).isEqualTo(1);

    get(
        session.clearConnection(
            org.csta4j.model.ConnectionId.of(
                call.callingConnection().callId().orElseThrow(), "100")));
    after.event(ConnectionClearedEvent.class);
    assertNoSecretOrIdentifierIn(
        registry.getMeters(),
        Set.of(
            "100",
            "101",
            "102",
            call.callingConnection().callId().orElseThrow(),
            session.sessionId(),
            USER,
            DOMAIN));

    metrics.close();
    assertThat(registry.getMeters()).as("every meter of the binder is removed").isEmpty();
    // the session goes on, and the closed binder makes no meter again
    get(session.snapshot("100"));
    after.request("SnapshotDevice");
    assertThat(registry.getMeters()).isEmpty();
    assertThatThrownBy(() -> metrics.bindTo(registry))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  /**
   * The MonitorStart that {@code monitor(...)} sends, and the MonitorStop of a handle's stop, are
   * requests of the application: timed under their service and outcome like any other. The
   * restore's MonitorStarts are not: {@code csta.session.restore} times the restore as a whole.
   */
  @Test
  void monitorStartsAndStopsAreTimedUnderTheirOutcome() throws Exception {
    CstaMetrics metrics = CstaMetrics.builder(session).name("pbx-m").build();
    metrics.bindTo(registry);
    After after = new After(session);

    Monitor m100 = get(session.monitor("100"));
    after.request("MonitorStart");
    assertThat(requests("MonitorStart", "success").count()).isEqualTo(1);

    assertThat(failure(session.monitor("999"))).isInstanceOf(CstaFailureException.class);
    after.request("MonitorStart");
    assertThat(requests("MonitorStart", "csta_error").count()).isEqualTo(1);

    sim.faults().failNextResponses(1, "no monitors today");
    assertThat(failure(session.monitor("101"))).isInstanceOf(GatewayRefusedException.class);
    after.request("MonitorStart");
    assertThat(requests("MonitorStart", "refused").count()).isEqualTo(1);

    // the handle exists: no MonitorStart, nothing to time
    assertThat(get(session.monitor("100"))).isSameAs(m100);
    Monitor m102 = get(session.monitor("102"));
    after.request("MonitorStart");
    assertThat(requests("MonitorStart", "success").count()).isEqualTo(2);

    get(m102.stop());
    after.request("MonitorStop");
    assertThat(requests("MonitorStop", "success").count()).isEqualTo(1);

    // while reconnecting, monitor(...) is refused unsent; the restore of 100 is not a request
    sim.faults().rejectLogins(SessionError.SERVER_RESOURCES_BUSY);
    assertThat(sim.faults().dropAllConnections()).isPositive();
    after.state(SessionState.RECONNECTING);
    assertThat(failure(session.monitor("101"))).isInstanceOf(SessionUnavailableException.class);
    after.request("MonitorStart");
    Timer unavailable = requests("MonitorStart", "unavailable");
    assertThat(unavailable.count()).isEqualTo(1);
    assertThat(unavailable.totalTime(TimeUnit.NANOSECONDS)).isZero();
    sim.faults().acceptLogins();
    after.state(SessionState.ACTIVE);
    assertThat(m100.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(registry.get("csta.session.restore").tag("session", "pbx-m").timer().count())
        .isEqualTo(1);
    assertThat(requests("MonitorStart", "success").count()).isEqualTo(2);
    assertThat(registry.find("csta.requests").timers().stream().mapToLong(Timer::count).sum())
        .as("5 MonitorStarts (2 started, 2 refused by the gateway, 1 unsent), 1 MonitorStop")
        .isEqualTo(6);
    metrics.close();
  }

  /** A MonitorStart the gateway sits on times out for its caller, and is timed as a timeout. */
  @Test
  void aMonitorStartPastTheRequestTimeoutIsATimeout() throws Exception {
    Duration timeout = Duration.ofSeconds(1);
    try (CstaClient slow =
        CstaClient.builder()
            .gateway(sim.hubUrl())
            .credentials(USER, PASSWORD, DOMAIN)
            .transport(CstaTransports.named("signalr"))
            .requestTimeout(timeout)
            .build()) {
      CstaSession s = get(slow.connect());
      try (CstaMetrics metrics = CstaMetrics.builder(s).name("pbx-slow").build()) {
        metrics.bindTo(registry);
        After after = new After(s);
        sim.faults().delayNextResponses(1, Duration.ofSeconds(30));

        assertThat(failure(s.monitor("100"))).isInstanceOf(RequestTimeoutException.class);
        after.request("MonitorStart");
        Timer timedOut = requests("MonitorStart", "timeout");
        assertThat(timedOut.count()).isEqualTo(1);
        assertThat(timedOut.totalTime(TimeUnit.NANOSECONDS))
            .isGreaterThanOrEqualTo((double) timeout.toNanos());
      }
    }
  }

  @Test
  void anOutageCountsReconnectsAGapAndTheRestoreAndTheStateGoesBackToActive() throws Exception {
    CstaMetrics metrics = CstaMetrics.builder(session).name("pbx-b").build();
    metrics.bindTo(registry);
    After after = new After(session);
    get(session.monitor("100"));

    // logins fail for a while: the attempts fail, and the gauge says RECONNECTING meanwhile
    sim.faults().rejectLogins(SessionError.SERVER_RESOURCES_BUSY);
    assertThat(sim.faults().dropAllConnections()).isPositive();
    after.state(SessionState.RECONNECTING);
    assertThat(gauge("csta.session.state", "state", "reconnecting")).isEqualTo(1);
    assertThat(gauge("csta.session.state", "state", "active")).isZero();
    after.fault(SessionFault.Kind.RECONNECT_FAILED);
    assertThat(counter("csta.session.reconnects", "outcome", "failure")).isGreaterThanOrEqualTo(1);
    sim.faults().acceptLogins();
    after.state(SessionState.ACTIVE);

    assertThat(gauge("csta.session.state", "state", "active")).isEqualTo(1);
    assertThat(gauge("csta.session.state", "state", "reconnecting")).isZero();
    assertThat(counter("csta.session.reconnects", "outcome", "success")).isEqualTo(1);
    assertThat(counter("csta.session.reconnects", "outcome", "failure")).isGreaterThanOrEqualTo(1);
    assertThat(counter("csta.faults", "kind", "reconnect_failed"))
        .isEqualTo(counter("csta.session.reconnects", "outcome", "failure"));
    assertThat(counter("csta.faults", "kind", "connection_lost")).isEqualTo(1);
    assertThat(counter("csta.session.gaps", "resync", "complete")).isEqualTo(1);
    assertThat(counter("csta.session.gaps", "resync", "partial")).isZero();
    Timer gap = registry.get("csta.session.gap.duration").tag("session", "pbx-b").timer();
    Timer restore = registry.get("csta.session.restore").tag("session", "pbx-b").timer();
    assertThat(gap.count()).isEqualTo(1);
    assertThat(restore.count()).isEqualTo(1);
    assertThat(restore.totalTime(TimeUnit.NANOSECONDS))
        .as("the successful attempt is part of the gap")
        .isLessThanOrEqualTo(gap.totalTime(TimeUnit.NANOSECONDS));
    assertNoSecretOrIdentifierIn(
        registry.getMeters(), Set.of("100", session.sessionId(), USER, DOMAIN));
    metrics.close();
    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void severalSessionsShareARegistryUnderTheirNames() throws Exception {
    CstaSession second = get(client.connect());
    CstaMetrics a = CstaMetrics.builder(session).name("a").build();
    CstaMetrics b = CstaMetrics.builder(second).name("b").tags(Tags.of("region", "eu")).build();
    try {
      a.bindTo(registry);
      b.bindTo(registry);
      SimpleMeterRegistry other = new SimpleMeterRegistry();
      b.bindTo(other);
      assertThatThrownBy(() -> b.bindTo(registry))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("bound to this registry already");
      After afterB = new After(second);
      get(second.snapshot("100"));
      afterB.request("SnapshotDevice");
      assertThat(registry.find("csta.requests").tag("session", "b").timer())
          .isNotNull()
          .satisfies(t -> assertThat(t.count()).isEqualTo(1));
      assertThat(other.find("csta.requests").tag("region", "eu").timer()).isNotNull();
      assertThat(registry.find("csta.requests").tag("session", "a").timer()).isNull();
      b.close();
      assertThat(other.getMeters()).isEmpty();
      assertThat(registry.getMeters())
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m.getId().getTag("session")).isEqualTo("a"));
      assertThat(a.toString()).isEqualTo("CstaMetrics{session=a, registries=1}");
    } finally {
      a.close();
      b.close();
    }
    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void badSettingsAreRefusedNamingWhatIsWrong() {
    CstaMetrics.Builder b = CstaMetrics.builder(session);
    assertThatThrownBy(() -> b.name(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: must not be blank");
    assertThatThrownBy(() -> b.name("x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: at most 64 characters, but has 65");
    assertThatThrownBy(() -> b.publishPercentiles(0.5, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publishPercentiles: 1.5 is not between 0 and 1");
    assertThatThrownBy(() -> b.serviceLevelObjectives(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serviceLevelObjectives: must be positive but is PT0S");
  }

  @Test
  void serviceAndEventNamesComeFromTheFixedTablesOrAreOther() {
    CstaMetrics metrics = CstaMetrics.builder(session).build();
    assertThat(metrics.service("MakeCall")).isEqualTo("MakeCall");
    assertThat(metrics.service("makecall")).isEqualTo("MakeCall");
    assertThat(metrics.service("MonitorStart")).isEqualTo("MonitorStart");
    assertThat(metrics.service("100")).isEqualTo("other");
    assertThat(metrics.service("MyOwnRequest")).isEqualTo("other");
    assertThat(CstaMetrics.eventType(UnknownEvent.of("Vendor-100", RawJson.of("{}"))))
        .isEqualTo("other");
    assertThat(CstaMetrics.kind(SessionFault.Kind.DISPATCH_OVERFLOW))
        .isEqualTo("dispatch_overflow");
  }

  // ------------------------------------------------------------------ helpers

  /** No tag value is an identifier of the traffic, and the password is in no name, key or value. */
  static void assertNoSecretOrIdentifierIn(List<Meter> meters, Set<String> identifiers) {
    assertThat(meters).isNotEmpty();
    Set<String> keys = new HashSet<>();
    for (Meter m : meters) {
      assertThat(m.getId().getName()).startsWith("csta.").doesNotContain(PASSWORD);
      assertThat(m.getId().toString()).doesNotContain(PASSWORD);
      for (Tag t : m.getId().getTags()) {
        keys.add(t.getKey());
        assertThat(t.getValue()).as(m.getId().toString()).isNotIn(identifiers);
        assertThat(t.getValue()).doesNotContain(PASSWORD).doesNotContain(USER);
        assertThat(t.getValue()).as("no number-like value").doesNotMatch(".*\\d{3,}.*");
      }
    }
    // phi: Micrometer's own tag of a published percentile
    assertThat(keys)
        .isSubsetOf(
            "session", "state", "outcome", "resync", "kind", "service", "type", "region", "phi");
  }

  double gauge(String name, String... tags) {
    return registry.get(name).tags(tags).gauge().value();
  }

  /**
   * Over the Jetty transport, whose stateful reconnect resumes a short cut: the blip is counted as
   * an interruption with its duration, and not as a reconnect or a gap.
   */
  @Test
  void aResumedBlipCountsAsAnInterruptionNotAReconnect() throws Exception {
    try (CstaClient jetty =
        CstaClient.builder()
            .gateway(sim.hubUrl())
            .credentials(USER, PASSWORD, DOMAIN)
            .transport(CstaTransports.named("signalr-jetty"))
            .build()) {
      CstaSession blipped = get(jetty.connect());
      try (CstaMetrics metrics = CstaMetrics.builder(blipped).name("pbx-blip").build()) {
        metrics.bindTo(registry);
        CompletableFuture<Duration> resumed = new CompletableFuture<>();
        blipped.addListener( // after the binder: it has counted when this hears the resume
            new SessionListener() {
              @Override
              public void onResumed(Duration interrupted) {
                resumed.complete(interrupted);
              }
            });
        sim.faults().cutAllConnections(Duration.ofMillis(300));
        Duration took = resumed.get(WAIT, TimeUnit.SECONDS);

        assertThat(counter("csta.session.interruptions", "session", "pbx-blip")).isEqualTo(1);
        Timer duration =
            registry.get("csta.session.interruption.duration").tag("session", "pbx-blip").timer();
        assertThat(duration.count()).isEqualTo(1);
        assertThat(duration.totalTime(TimeUnit.NANOSECONDS)).isEqualTo((double) took.toNanos());
        assertThat(counter("csta.session.reconnects", "session", "pbx-blip", "outcome", "success"))
            .isZero();
        assertThat(counter("csta.session.gaps", "session", "pbx-blip", "resync", "complete"))
            .isZero();
        assertThat(blipped.state()).isEqualTo(SessionState.ACTIVE);
      }
    }
  }

  double counter(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  Timer requests(String service, String outcome) {
    return registry.get("csta.requests").tag("service", service).tag("outcome", outcome).timer();
  }

  static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(WAIT, TimeUnit.SECONDS);
  }

  static Throwable failure(CompletableFuture<?> f) throws InterruptedException {
    try {
      f.get(WAIT, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return cause == null ? e : cause;
    } catch (TimeoutException e) {
      throw new AssertionError("no outcome within " + WAIT + " s", e);
    }
    throw new AssertionError("the request succeeded");
  }
}
