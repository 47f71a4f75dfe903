package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.SystemResourceAvailabilityError;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.Faults;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The companion of {@link FaultExplorationTest} over real sockets: the SignalR transport against
 * the embedded simulator, in real time. For each scenario, a fault-free run counts the requests the
 * session sends; then for every request k and each of the simulator's faults, one case injects the
 * fault just before request k goes out (with requests in flight an error or delay may land on the
 * answer of an earlier one). The session must settle ACTIVE (or fail its first connect, typed),
 * every ACTIVE handle bound to a monitor the simulator holds and hearing the next call at its
 * device, nothing pending, one gap per outage, a malformed frame reported.
 *
 * <p>Once per SignalR transport: the full matrix on {@code signalr-jetty} (the one chosen by
 * default), a slice on the official-client {@code signalr} (every fault before the first and the
 * last request of each scenario), which keeps the module's tests within a few minutes; see
 * docs/reliability.md.
 */
@ParameterizedClass
@ValueSource(strings = {Transports.OFFICIAL, Transports.JETTY})
class FaultExplorationSocketTest {
  @SuppressWarnings("NullAway.Init") // set by JUnit before each run
  @Parameter
  String transport;

  private static final Duration SETTLE = Duration.ofSeconds(10);
  private static final Duration STABLE = Duration.ofMillis(50);

  /** The simulator's faults, one per kind of the model's. */
  enum SimFault {
    RESET(Faults::dropAllConnections),
    CLEAN_CLOSE(Faults::closeAllConnections),
    CLOSE_WITH_ERROR(f -> f.closeAllConnectionsWithError("exploration")),
    ERROR_ANSWER(f -> f.failNextResponses(1, SystemResourceAvailabilityError.RESOURCE_BUSY)),
    NO_ANSWER(f -> f.delayNextResponses(1, Duration.ofSeconds(3))),
    SESSION_TERMINATED(Faults::expireSessions),
    MALFORMED(Faults::sendMalformedFrame);

    // a stateless method reference or lambda, set once: the check cannot see that it is immutable
    @SuppressWarnings("ImmutableEnumChecker")
    final Consumer<Faults> inject;

    SimFault(Consumer<Faults> inject) {
      this.inject = inject;
    }
  }

  /** A scenario: monitors started, and whether an outage (a dropped connection) starts it. */
  record Scenario(String name, int monitors, boolean outage) {}

  private static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("first connect", 0, false),
          new Scenario("first connect, then 2 monitors", 2, false),
          new Scenario("reconnect, 1 monitor restored", 1, true),
          new Scenario("reconnect, 2 monitors restored", 2, true));

  private static final String[] DEVICES = {"100", "101", "102"};

  /** Counts the requests sessions send; runs the planned fault just before the k-th. */
  static final class Injecting implements CstaTransportFactory {
    private final CstaTransportFactory delegate;
    private final Faults faults;
    private final AtomicInteger sent = new AtomicInteger();
    private volatile boolean armed;
    private volatile int at;
    private volatile @Nullable SimFault fault;
    volatile boolean injected;

    Injecting(CstaTransportFactory delegate, Faults faults) {
      this.delegate = delegate;
      this.faults = faults;
    }

    void arm(@Nullable SimFault f, int k) {
      sent.set(0);
      fault = f;
      at = k;
      armed = true;
    }

    int sent() {
      return sent.get();
    }

    private void beforeSend() {
      if (armed && sent.incrementAndGet() == at && fault != null) {
        fault.inject.accept(faults);
        injected = true;
      }
    }

    @Override
    public String name() {
      return "injecting " + delegate.name();
    }

    @Override
    public boolean supports(java.net.URI gateway) {
      return delegate.supports(gateway);
    }

    @Override
    public CstaTransport create(TransportConfig config, TransportListener listener) {
      CstaTransport t = delegate.create(config, listener);
      return new CstaTransport() {
        @Override
        public CompletionStage<Void> connect() {
          return t.connect();
        }

        @Override
        public <R extends CstaResponse> CompletionStage<R> send(
            CstaRequest<R> request, RequestOptions options) {
          beforeSend();
          return t.send(request, options);
        }

        @Override
        public TransportState state() {
          return t.state();
        }

        @Override
        public void close() {
          t.close();
        }
      };
    }
  }

  /** What a session told its listeners, in order; every change wakes {@link #await}. */
  static final class Watch implements SessionListener {
    final List<Object> heard = new CopyOnWriteArrayList<>(); // SessionState (the new one) or Gap
    final List<SessionFault> faults = new CopyOnWriteArrayList<>();
    private long changes;

    @Override
    public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
      heard.add(to);
      changed();
    }

    @Override
    public void onGap(Gap gap) {
      heard.add(gap);
      changed();
    }

    @Override
    public void onFault(SessionFault fault) {
      faults.add(fault);
      changed();
    }

    synchronized void changed() {
      changes++;
      notifyAll();
    }

    /**
     * Waits until {@code done} holds (and, if {@code stable}, nothing changed for {@link #STABLE});
     * false at timeout.
     */
    synchronized boolean await(BooleanSupplier done, boolean stable, Duration timeout)
        throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        long seen = changes;
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        if (done.getAsBoolean()) {
          if (!stable) {
            return true;
          }
          TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, STABLE.toNanos()));
          if (changes == seen && done.getAsBoolean()) {
            return true;
          }
        } else {
          TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, 20_000_000L));
        }
      }
    }
  }

  private int cases;
  private final List<String> violations = new ArrayList<>();

  @Test
  void everySimulatorFaultBeforeEveryRequestEndsInAValidState() throws Exception {
    long t0 = System.nanoTime();
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofSeconds(60)).start()) {
      CstaClient anchor = // holds the shared client threads, so cases reuse them
          CstaClient.builder()
              .transport(Transports.named(transport))
              .gateway(sim.hubUrl())
              .credentials("demo", "demo", "demo.local")
              .build();
      try {
        for (Scenario s : SCENARIOS) {
          int requests = runCase(sim, s, null, 0);
          for (int k = 1; k <= requests; k++) {
            if (!fullMatrix() && k != 1 && k != requests) {
              continue;
            }
            for (SimFault f : SimFault.values()) {
              runCase(sim, s, f, k);
            }
          }
        }
      } finally {
        anchor.close();
      }
    }
    System.out.println(
        "fault exploration over sockets ("
            + transport
            + (fullMatrix() ? ", full matrix" : ", slice")
            + "): "
            + cases
            + " cases, "
            + violations.size()
            + " violations");
    System.out.println("  " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) + " s");
    violations.forEach(v -> System.out.println("  " + v));
    assertThat(violations.size())
        .as("fault exploration over sockets: %d cases, %d violations", cases, violations.size())
        .isZero();
  }

  /** The whole matrix on the default transport, a slice on the other. */
  private boolean fullMatrix() {
    return transport.equals(Transports.JETTY);
  }

  /** Runs one case and records what it broke; the number of requests sent after arming. */
  private int runCase(CstaSimulator sim, Scenario s, @Nullable SimFault fault, int k)
      throws Exception {
    Injecting factory = new Injecting(Transports.named(transport), sim.faults());
    Watch w = new Watch();
    List<CompletableFuture<?>> futures = new CopyOnWriteArrayList<>();
    Map<String, Set<String>> delivered = new ConcurrentHashMap<>();
    List<String> broke = new ArrayList<>();
    CompletableFuture<CstaSession> connected;
    try (CstaClient client =
        CstaClient.builder()
            .gateway(sim.hubUrl())
            .transport(factory)
            .credentials("demo", "demo", "demo.local")
            .sessionDuration(Duration.ofSeconds(20))
            .requestTimeout(Duration.ofMillis(500))
            .closeTimeout(Duration.ofMillis(500))
            .reconnectPolicy(
                ReconnectPolicy.builder()
                    .initialBackoff(Duration.ofMillis(20))
                    .maxBackoff(Duration.ofMillis(200))
                    .build())
            .listener(w)
            .build()) {
      if (s.outage()) {
        connected = client.connect();
        start(connected.get(5, TimeUnit.SECONDS), s, futures, delivered, w);
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
            .get(5, TimeUnit.SECONDS);
        factory.arm(fault, k);
        sim.faults().dropAllConnections();
      } else {
        factory.arm(fault, k);
        connected = client.connect();
        CompletableFuture<?> unused = connected.whenComplete((x, e) -> w.changed());
        futures.add(connected);
        w.await(connected::isDone, false, SETTLE);
        if (!connected.isCompletedExceptionally()) {
          start(connected.join(), s, futures, delivered, w);
        }
      }
      CompletableFuture<CstaSession> c = connected;
      boolean settled =
          w.await(() -> settled(c, s, futures, w, fault, factory.injected), true, SETTLE);
      if (fault != null && !factory.injected) {
        return factory.sent(); // request k was not sent this time: no case
      }
      check(sim, c, futures, delivered, w, fault, settled, broke);
    } finally {
      sim.faults().delayNextResponses(0, Duration.ZERO);
      sim.faults().failNextResponses(0, SystemResourceAvailabilityError.RESOURCE_BUSY);
    }
    cases++;
    String where = s.name() + " | " + (fault == null ? "no fault" : fault + " before request " + k);
    broke.forEach(b -> violations.add(where + " | " + b));
    return factory.sent();
  }

  private static void start(
      CstaSession session,
      Scenario s,
      List<CompletableFuture<?>> futures,
      Map<String, Set<String>> delivered,
      Watch w) {
    for (int i = 0; i < s.monitors(); i++) {
      Set<String> got = delivered.computeIfAbsent(DEVICES[i], d -> ConcurrentHashMap.newKeySet());
      CompletableFuture<Monitor> m =
          session.monitor(
              DEVICES[i],
              e -> {
                if (e instanceof DeliveredEvent d) {
                  d.connection().callId().ifPresent(got::add);
                  w.changed();
                }
              });
      CompletableFuture<?> unused = m.whenComplete((x, e) -> w.changed());
      futures.add(m);
    }
  }

  /** ACTIVE after the outage (if any) with nothing pending and no handle SUSPENDED, or CLOSED. */
  private static boolean settled(
      CompletableFuture<CstaSession> connected,
      Scenario s,
      List<CompletableFuture<?>> futures,
      Watch w,
      @Nullable SimFault fault,
      boolean injected) {
    if (connected.isCompletedExceptionally()) {
      return true;
    }
    if (!connected.isDone() || futures.stream().anyMatch(f -> !f.isDone())) {
      return false;
    }
    CstaSession session = connected.join();
    if (session.state() == SessionState.CLOSED) {
      return true;
    }
    if (session.state() != SessionState.ACTIVE
        || (s.outage() && !w.heard.contains(SessionState.RECONNECTING))
        || w.heard.isEmpty()
        || w.heard.get(w.heard.size() - 1) != SessionState.ACTIVE) {
      return false;
    }
    if (fault == SimFault.MALFORMED
        && injected
        && w.faults.stream().noneMatch(f -> f.kind() == SessionFault.Kind.MALFORMED_MESSAGE)) {
      return false;
    }
    return session.monitors().stream().noneMatch(m -> m.state() == MonitorState.SUSPENDED);
  }

  private static void check(
      CstaSimulator sim,
      CompletableFuture<CstaSession> connected,
      List<CompletableFuture<?>> futures,
      Map<String, Set<String>> delivered,
      Watch w,
      @Nullable SimFault fault,
      boolean settled,
      List<String> broke)
      throws InterruptedException {
    if (!settled) {
      broke.add("no quiescence within " + SETTLE + ": heard " + w.heard);
    }
    if (connected.isCompletedExceptionally()) {
      Throwable why = FaultInvariants.failure(new FaultCase.AppCall("connect", connected, null));
      if (!(why instanceof SessionException || why instanceof TransportException)) {
        broke.add("connect() failed untyped: " + why);
      }
      return;
    }
    CstaSession session = connected.join();
    if (session.state() != SessionState.ACTIVE) {
      broke.add("ended " + session.state());
    }
    futures.stream().filter(f -> !f.isDone()).forEach(f -> broke.add("a future never completed"));
    int outages = 0;
    int gaps = 0;
    for (Object h : w.heard) {
      if (h == SessionState.RECONNECTING) {
        outages++;
      } else if (h instanceof Gap) {
        gaps++;
      }
    }
    if (session.state() == SessionState.ACTIVE && gaps != outages) {
      broke.add(outages + " outages, " + gaps + " gaps: " + w.heard);
    }
    if (fault == SimFault.MALFORMED
        && w.faults.stream().noneMatch(f -> f.kind() == SessionFault.Kind.MALFORMED_MESSAGE)) {
      broke.add("the malformed frame was not reported");
    }
    Set<String> live = sim.liveMonitors();
    for (Monitor m : session.monitors()) {
      if (m.state() == MonitorState.ACTIVE && !live.contains(m.crossRefId())) {
        broke.add(m.device() + " ACTIVE under " + m.crossRefId() + ", which the simulator lacks");
      } else if (m.state() == MonitorState.LOST
          && w.faults.stream()
              .noneMatch(f -> f.kind() == SessionFault.Kind.MONITOR_RESTORE_FAILED)) {
        broke.add(m.device() + " LOST without MONITOR_RESTORE_FAILED");
      } else if (m.state() == MonitorState.SUSPENDED || m.state() == MonitorState.STOPPED) {
        broke.add(m.device() + " " + m.state());
      }
    }
    Map<String, String> probes = new ConcurrentHashMap<>(); // device -> call id
    for (Monitor m : session.monitors()) {
      if (m.state() == MonitorState.ACTIVE && live.contains(m.crossRefId())) {
        probes.put(m.device(), sim.pbx().incomingCall("5550100", m.device()));
      }
    }
    BooleanSupplier arrived =
        () ->
            probes.entrySet().stream()
                .allMatch(p -> delivered.getOrDefault(p.getKey(), Set.of()).contains(p.getValue()));
    if (!w.await(arrived, false, Duration.ofSeconds(2))) {
      probes.forEach(
          (device, call) -> {
            if (!delivered.getOrDefault(device, Set.of()).contains(call)) {
              broke.add(device + ": the next call's Delivered did not reach the handle");
            }
          });
    }
    probes.keySet().forEach(d -> sim.pbx().hangUp(d));
  }
}
