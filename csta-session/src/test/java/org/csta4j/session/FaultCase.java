package org.csta4j.session;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.internal.Threads;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.jspecify.annotations.Nullable;

/**
 * One case of the fault exploration: a client on a fresh {@link ModelGateway} and virtual time, a
 * scenario's setup (fault free), then its armed steps with one fault at boundary k, each run to
 * quiescence.
 *
 * <p>The driver (the test's thread) moves one message across the wire, or runs one due task, only
 * when nothing else moves: no task runs on our lanes, the session's engine or the listener
 * executor, and close() is done or waits for the wire. When nothing is left to do, virtual time
 * jumps to the next task, so a timeout fires only when nothing else can happen first. Quiescence:
 * the session is CLOSED, or ACTIVE with nothing pending and no handle SUSPENDED, and virtual time
 * has run at least {@link #HORIZON} past the fault. The real-time deadline of each run to
 * quiescence is 5 s; missing it, or running out of virtual time (10 min), is a violation.
 */
final class FaultCase {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  static final Duration KEEPALIVE = Duration.ofSeconds(10);
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

  /** After a fault, time runs at least this long: one keepalive finds what nothing else shows. */
  static final Duration HORIZON = KEEPALIVE.plus(REQUEST_TIMEOUT).plusSeconds(1);

  private static final Duration CAP = Duration.ofMinutes(10);
  private static final long REAL_DEADLINE = TimeUnit.SECONDS.toNanos(5);
  private static final ExecutorService EVENTS =
      Executors.newCachedThreadPool(Threads.numbered("fx-events-"));
  private static final ExecutorService CLOSER =
      Executors.newSingleThreadExecutor(Threads.named("fx-closer"));

  /** A scenario: what to set up fault free, and the steps the fault may hit. */
  record Scenario(
      String family,
      String name,
      boolean tracking,
      boolean closes,
      boolean closeAtFault,
      Duration minRun,
      List<Consumer<FaultCase>> setup,
      List<Consumer<FaultCase>> armed) {}

  /** Something the application asked for; it must complete. */
  record AppCall(String what, CompletableFuture<?> future, @Nullable Object request) {}

  /**
   * What the session's listener heard, in the dispatcher's order; with a gap, the devices of the
   * session's handles and those of its LOST handles when the gap was told.
   */
  record Heard(
      @Nullable SessionState from,
      @Nullable SessionState to,
      @Nullable Gap gap,
      Set<String> devices,
      Set<String> lost) {}

  enum Status {
    QUIET,
    BUSY,
    STUCK,
    CAP
  }

  final Scenario scenario;
  final VirtualScheduler time = new VirtualScheduler();
  final Activity activity = new Activity();
  final Wire wire = new Wire(time, activity);
  final ModelGateway gateway = new ModelGateway(wire, Duration.ofSeconds(2));
  final CstaClient client;
  final List<Heard> heard = new CopyOnWriteArrayList<>();
  final List<SessionFault> faults = new CopyOnWriteArrayList<>();
  final List<AppCall> calls = new CopyOnWriteArrayList<>();
  final Map<String, Set<String>> received = new ConcurrentHashMap<>();
  private @Nullable CompletableFuture<CstaSession> connected;
  private @Nullable CompletableFuture<Void> closer;
  private final Instant start = time.instant();
  private Instant armedAt = start;
  private volatile @Nullable Throwable closeCause;

  /** How many faults had been heard when the first interruption was; -1 before it. */
  volatile int faultsAtInterruption = -1;

  final java.util.concurrent.atomic.AtomicInteger interruptionsHeard =
      new java.util.concurrent.atomic.AtomicInteger();
  final java.util.concurrent.atomic.AtomicInteger resumesHeard =
      new java.util.concurrent.atomic.AtomicInteger();

  FaultCase(Scenario scenario, long seed) {
    this.scenario = scenario;
    this.client =
        CstaClient.builder()
            .gateway(URI.create("memory://gateway"))
            .transport(gateway)
            .credentials("alice", "pw", "pbx.example")
            .scheduler(time)
            .clock(time)
            .random(new Random(seed))
            .executor(activity.counted(EVENTS))
            .requestTimeout(REQUEST_TIMEOUT)
            .keepaliveInterval(KEEPALIVE)
            .sessionDuration(ModelGateway.GRANTED)
            .connectTimeout(Duration.ofSeconds(2))
            .closeTimeout(CLOSE_TIMEOUT)
            .callTracking(scenario.tracking)
            .reconnectPolicy(
                ReconnectPolicy.builder()
                    .initialBackoff(Duration.ofMillis(100))
                    .maxBackoff(Duration.ofSeconds(1))
                    .jitter(0)
                    .build())
            .listener(new Listener())
            .build();
    for (int d = 100; d < 110; d++) {
      gateway.addDevice(String.valueOf(d));
    }
  }

  /**
   * A client that holds the shared client threads for the whole run, so cases reuse them. Its one
   * connect attempt gets no transport: it only hands the client's I/O pool to {@link
   * Activity#watch}, so the session's engine is countable from the first case on.
   */
  static CstaClient anchor() {
    CstaClient anchor =
        CstaClient.builder()
            .gateway(URI.create("memory://anchor"))
            .transport(
                new CstaTransportFactory() {
                  @Override
                  public String name() {
                    return "anchor";
                  }

                  @Override
                  public boolean supports(URI gateway) {
                    return true;
                  }

                  @Override
                  public CstaTransport create(TransportConfig config, TransportListener l) {
                    Activity.watch(config.callbackExecutor());
                    throw new IllegalStateException("the anchor does not connect");
                  }
                })
            .credentials("anchor", "pw", "pbx.example")
            .build();
    try {
      anchor.connect().handle((s, e) -> null).get(5, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the anchor's connect attempt did not end", e);
    }
    return anchor;
  }

  private final class Listener implements SessionListener {
    @Override
    public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
      if (to == SessionState.CLOSED) {
        closeCause = cause;
      }
      heard.add(new Heard(from, to, null, Set.of(), Set.of()));
    }

    @Override
    public void onGap(Gap gap) {
      Set<String> devices = new TreeSet<>();
      Set<String> lost = new TreeSet<>();
      for (CstaSession s : client.sessions()) {
        for (Monitor m : s.monitors()) {
          devices.add(m.device());
          if (m.state() == MonitorState.LOST) {
            lost.add(m.device());
          }
        }
      }
      heard.add(new Heard(null, null, gap, devices, lost));
    }

    @Override
    public void onFault(SessionFault fault) {
      faults.add(fault);
    }

    @Override
    public void onInterrupted(Throwable cause) {
      if (faultsAtInterruption < 0) {
        faultsAtInterruption = faults.size();
      }
      interruptionsHeard.incrementAndGet();
    }

    @Override
    public void onResumed(Duration interrupted) {
      resumesHeard.incrementAndGet();
    }
  }

  // ---------------------------------------------------------------- what scenarios do

  void connect() {
    CompletableFuture<CstaSession> f = client.connect();
    connected = f;
    calls.add(new AppCall("connect", f, null));
  }

  @Nullable CstaSession session() {
    CompletableFuture<CstaSession> f = connected;
    return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
  }

  boolean connectFailed() {
    CompletableFuture<CstaSession> f = connected;
    return f != null && f.isCompletedExceptionally();
  }

  /** Starts a monitor with a listener that records every Delivered by call id. */
  void monitor(String device) {
    CstaSession s = session();
    if (s != null) {
      Set<String> got = received.computeIfAbsent(device, d -> ConcurrentHashMap.newKeySet());
      Consumer<MonitorEvent> listener =
          e -> {
            if (e instanceof DeliveredEvent d) {
              d.connection().callId().ifPresent(got::add);
            }
          };
      calls.add(new AppCall("monitor(" + device + ")", s.monitor(device, listener), device));
    }
  }

  /**
   * Starts a monitor as {@link #monitor} does and, if that fails, asks for the device again at once
   * (from the callback that sees the failure): an application's retry, which may cross the late
   * answer of the first start (ADR 0012).
   */
  void monitorRetrying(String device) {
    monitor(device);
    CompletableFuture<?> first = calls.get(calls.size() - 1).future();
    CompletableFuture<?> unused =
        first.whenComplete(
            (v, e) -> {
              if (e != null) {
                monitor(device);
              }
            });
  }

  void send(CstaRequest<?> request) {
    CstaSession s = session();
    if (s != null) {
      calls.add(new AppCall(Wire.methodName(request), s.send(request), request));
    }
  }

  void closeAsync() {
    if (closer == null) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      closer = done;
      CLOSER.execute(
          () -> {
            try {
              client.close();
            } finally {
              done.complete(null);
              activity.bump(); // the driver waits for this
            }
          });
    }
  }

  /** The cause the session gave when it became CLOSED. */
  @Nullable Throwable closeCause() {
    return closeCause;
  }

  // ---------------------------------------------------------------- the run

  /** Runs the setup fault free, arms the fault and runs the armed steps; the status of the end. */
  Status run(Wire.@Nullable Fault fault, int k, boolean permanent) {
    for (Consumer<FaultCase> step : scenario.setup) {
      step.accept(this);
      Status s = settle(time.instant());
      if (s != Status.QUIET) {
        throw new IllegalStateException(scenario.name + ": setup did not settle: " + s);
      }
    }
    armedAt = time.instant();
    wire.arm(fault, k, permanent, scenario.closeAtFault ? this::closeAsync : null);
    Status s = Status.QUIET;
    for (Consumer<FaultCase> step : scenario.armed) {
      step.accept(this);
      s = settle(armedAt);
    }
    return s;
  }

  /** Runs to quiescence, not before {@code notBefore} (and a horizon after the fault). */
  Status settle(Instant notBefore) {
    long deadline = System.nanoTime() + REAL_DEADLINE;
    while (true) {
      if (!awaitQuiet(deadline)) {
        return Status.BUSY;
      }
      if (activity.holding() && closer != null && closer.isDone()) {
        activity.release(); // close() at k is done: now the session acts on message k
        continue;
      }
      if (wire.pumpOne() || time.runDueTask()) {
        continue;
      }
      if (terminal()
          && (state() == SessionState.CLOSED || !time.instant().isBefore(until(notBefore)))) {
        return Status.QUIET;
      }
      Duration next = time.untilNextTask();
      if (next == null) {
        return terminal() ? Status.QUIET : Status.STUCK; // nothing can happen any more
      }
      if (Duration.between(start, time.instant().plus(next)).compareTo(CAP) > 0) {
        return Status.CAP;
      }
      time.skip(next);
    }
  }

  private Instant until(Instant notBefore) {
    Instant t =
        notBefore.isBefore(armedAt.plus(scenario.minRun))
            ? armedAt.plus(scenario.minRun)
            : notBefore;
    Wire.Injection inj = wire.injection();
    if (inj != null && t.isBefore(inj.at().plus(HORIZON))) {
      t = inj.at().plus(HORIZON);
    }
    return t;
  }

  SessionState state() {
    CstaSession s = session();
    if (s != null) {
      return s.state();
    }
    return connectFailed() ? SessionState.CLOSED : SessionState.CONNECTING;
  }

  boolean terminal() {
    if (activity.holding() || (closer != null && !closer.isDone())) {
      return false;
    }
    SessionState st = state();
    if (st == SessionState.CLOSED) {
      return true;
    }
    if (st != SessionState.ACTIVE || gateway.pendingRequests() > 0 || !wire.isEmpty()) {
      return false;
    }
    CstaSession s = session();
    for (Monitor m : s == null ? List.<Monitor>of() : s.monitors()) {
      if (m.state() == MonitorState.SUSPENDED) {
        return false;
      }
    }
    return true;
  }

  /**
   * Waits until nothing moves: no task of ours or of the session's engine runs ({@link
   * Activity#idle}), and close() (if called) is done or blocked on the wire. Woken by every change.
   */
  private boolean awaitQuiet(long deadline) {
    while (true) {
      long seen = activity.changes();
      CompletableFuture<Void> c = closer;
      if (activity.idle() && (c == null || c.isDone() || gateway.stopPending())) {
        return true;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      activity.await(seen, Duration.ofNanos(Math.min(left, 1_000_000)));
    }
  }

  /** Closes the client (if the scenario did not) while the wire keeps moving; fault free. */
  void cleanUp() {
    wire.disarm();
    closeAsync();
    settle(time.instant());
    client.close();
  }
}
