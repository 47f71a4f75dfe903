package org.csta4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.OperationError;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.Monitor;
import org.csta4j.session.ReconnectPolicy;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.csta4j.simulator.CstaSimulator;
import org.jspecify.annotations.Nullable;

/**
 * Soak harness (not part of {@code mvn verify}): one session with ten monitors and calls in
 * progress all the time, while the simulator injects random faults, one after the other with no
 * pause for recovery (TCP reset, clean close, close with error, half-open, session expiry, gateway
 * restart on the same port, slow and failed responses, malformed frames, unknown events). Then it
 * checks that the session is ACTIVE, every monitor delivers events again, no request is left
 * pending, and no thread of a dead connection is alive; and that closing the client brings the
 * thread count back to where it was before.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar org.csta4j.benchmarks.SessionSoak
 * [faults] [seconds] [seed]}; exits 1 if a check fails.
 */
public final class SessionSoak {
  private static final int DEVICES = 10;

  private SessionSoak() {}

  private enum Fault {
    TCP_RESET,
    CLEAN_CLOSE,
    CLOSE_WITH_ERROR,
    HALF_OPEN,
    SESSION_EXPIRY,
    GATEWAY_RESTART,
    SLOW_RESPONSES,
    FAILED_RESPONSES,
    MALFORMED_FRAME,
    UNKNOWN_EVENT
  }

  public static void main(String[] args) throws Exception {
    int faults = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 180;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
    Random random = new Random(seed);
    System.out.printf(Locale.ROOT, "soak: %d faults over %d s, seed %d%n", faults, seconds, seed);

    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    AtomicReference<CstaSimulator> sim = new AtomicReference<>(simulator(0));
    int port = sim.get().port();
    Map<SessionFault.Kind, Integer> faultsSeen = new ConcurrentHashMap<>();
    List<Gap> gaps = new CopyOnWriteArrayList<>();
    BlockingQueue<SessionState> states = new LinkedBlockingQueue<>();
    SessionListener listener =
        new SessionListener() {
          @Override
          public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable c) {
            states.add(to);
          }

          @Override
          public void onGap(Gap gap) {
            gaps.add(gap);
          }

          @Override
          public void onFault(SessionFault fault) {
            faultsSeen.merge(fault.kind(), 1, Integer::sum);
          }
        };
    List<String> problems = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<Fault, Integer> injected = new TreeMap<>();
    int threadsActive;
    Set<String> transportsAlive;
    try (CstaClient client =
        CstaClient.builder()
            .gateway(sim.get().hubUrl())
            .credentials("soak", "soak", "soak.local")
            .sessionDuration(Duration.ofSeconds(4)) // keepalive every 2 s: half-open found fast
            .requestTimeout(Duration.ofSeconds(5))
            .reconnectPolicy(
                ReconnectPolicy.builder()
                    .initialBackoff(Duration.ofMillis(50))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
            .listener(listener)
            .build()) {
      CstaSession session = client.connect().get(30, TimeUnit.SECONDS);
      List<Monitor> monitors = new ArrayList<>();
      for (int i = 0; i < DEVICES; i++) {
        monitors.add(session.monitor(device(i)).get(30, TimeUnit.SECONDS));
      }
      int threadsBaseline = ManagementFactory.getThreadMXBean().getThreadCount();
      List<CompletableFuture<?>> requests = new CopyOnWriteArrayList<>();
      AtomicBoolean driving = new AtomicBoolean(true);
      Thread driver = new Thread(() -> drive(session, requests, driving, seed), "soak-driver");
      driver.start();

      long interval = TimeUnit.SECONDS.toNanos(seconds) / faults;
      long next = System.nanoTime();
      for (int i = 0; i < faults; i++) {
        next += interval;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait); // the harness paces faults; nothing waits for state
        }
        Fault f = Fault.values()[random.nextInt(Fault.values().length)];
        injected.merge(f, 1, Integer::sum);
        inject(f, sim, port);
      }
      driving.set(false);
      driver.join(30_000);

      // settle: ACTIVE again after the last fault (a half-open one takes a keepalive to notice)
      states.clear();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (session.state() != SessionState.ACTIVE && System.nanoTime() < deadline) {
        states.poll(1, TimeUnit.SECONDS);
      }
      check(problems, session.state() == SessionState.ACTIVE, "session ACTIVE: " + session.state());

      // every monitor delivers again
      for (Monitor m : monitors) {
        check(problems, m.state().name().equals("ACTIVE"), m + " ACTIVE");
        CompletableFuture<DeliveredEvent> seen = new CompletableFuture<>();
        var reg = m.on(DeliveredEvent.class, seen::complete);
        String call = sim.get().pbx().incomingCall("200", m.device());
        try {
          seen.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          problems.add("no Delivered on " + m.device() + " after the soak");
        }
        reg.close();
        session.clearConnection(ConnectionId.of(call, "200")).exceptionally(x -> null);
      }

      // no request pending: every future the driver got completed within its timeout
      for (CompletableFuture<?> r : requests) {
        try {
          r.get(10, TimeUnit.SECONDS);
          outcomes.merge("ok", 1, Integer::sum);
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.merge(e.getCause().getClass().getSimpleName(), 1, Integer::sum);
        } catch (java.util.concurrent.TimeoutException e) {
          outcomes.merge("STILL PENDING", 1, Integer::sum);
          problems.add("a request is still pending");
        }
      }

      threadsActive = ManagementFactory.getThreadMXBean().getThreadCount();
      transportsAlive =
          Thread.getAllStackTraces().keySet().stream()
              .map(Thread::getName)
              .filter(n -> n.startsWith("csta4j-signalr-"))
              .map(n -> n.split("-")[2])
              .collect(Collectors.toSet());
      check(
          problems,
          transportsAlive.size() == 1,
          "threads of exactly one transport alive: " + transportsAlive);
      System.out.printf(
          Locale.ROOT,
          "threads: before client %d, connected %d, after soak %d%n",
          threadsBefore,
          threadsBaseline,
          threadsActive);
    } finally {
      sim.get().close();
    }
    int threadsAfter = settledThreadCount(threadsBefore);
    // RxJava's global schedulers, OkHttp's task runner and Okio's watchdog belong to those
    // libraries, live
    // for the JVM (or a minute idle) and are the same for any user of the official client
    List<String> left =
        Thread.getAllStackTraces().keySet().stream()
            .map(Thread::getName)
            .filter(
                n ->
                    !n.startsWith("Rx")
                        && !n.startsWith("OkHttp TaskRunner")
                        && !n.equals("Okio Watchdog"))
            .filter(
                n -> !n.equals("main") && !n.startsWith("Reference") && !n.startsWith("Finalizer"))
            .filter(n -> !n.startsWith("Signal") && !n.startsWith("Common-Cleaner"))
            .filter(n -> !n.startsWith("Notification") && !n.startsWith("Attach"))
            .sorted()
            .collect(Collectors.toList());
    check(
        problems,
        left.isEmpty(),
        "threads left after close (besides RxJava/OkHttp globals): " + left);

    System.out.printf(Locale.ROOT, "faults injected: %s%n", injected);
    System.out.printf(Locale.ROOT, "session faults reported: %s%n", new TreeMap<>(faultsSeen));
    System.out.printf(
        Locale.ROOT,
        "gaps: %d, longest %s, median %s%n",
        gaps.size(),
        gaps.stream().map(Gap::duration).max(Duration::compareTo).orElse(Duration.ZERO),
        median(gaps));
    System.out.printf(Locale.ROOT, "requests by outcome: %s%n", outcomes);
    System.out.printf(
        Locale.ROOT, "threads: before %d, after close %d%n", threadsBefore, threadsAfter);
    if (problems.isEmpty()) {
      System.out.println("PASS: ACTIVE, every monitor delivers, nothing pending, no thread left");
    } else {
      System.out.println("FAIL: " + problems);
      System.exit(1);
    }
  }

  private static Duration median(List<Gap> gaps) {
    List<Duration> d = gaps.stream().map(Gap::duration).sorted().collect(Collectors.toList());
    return d.isEmpty() ? Duration.ZERO : d.get(d.size() / 2);
  }

  private static void check(List<String> problems, boolean ok, String what) {
    if (!ok) {
      problems.add(what);
    }
  }

  private static String device(int i) {
    return String.valueOf(100 + i);
  }

  private static CstaSimulator simulator(int port) {
    CstaSimulator.Builder b =
        CstaSimulator.builder()
            .port(port)
            .user("soak", "soak", "soak.local")
            .device("200")
            .autoAnswerDelay(Duration.ofMillis(30));
    for (int i = 0; i < DEVICES; i++) {
      b.device(device(i));
    }
    return b.start();
  }

  private static void inject(Fault f, AtomicReference<CstaSimulator> sim, int port) {
    CstaSimulator s = sim.get();
    switch (f) {
      case TCP_RESET:
        s.faults().dropAllConnections();
        break;
      case CLEAN_CLOSE:
        s.faults().closeAllConnections();
        break;
      case CLOSE_WITH_ERROR:
        s.faults().closeAllConnectionsWithError("soak");
        break;
      case HALF_OPEN:
        s.faults().stopAnsweringPings();
        break;
      case SESSION_EXPIRY:
        s.faults().expireSessions();
        break;
      case GATEWAY_RESTART:
        s.close();
        sim.set(simulator(port));
        break;
      case SLOW_RESPONSES:
        s.faults().delayNextResponses(3, Duration.ofSeconds(2));
        break;
      case FAILED_RESPONSES:
        s.faults().failNextResponses(2, OperationError.GENERIC);
        break;
      case MALFORMED_FRAME:
        s.faults().sendMalformedFrame();
        break;
      case UNKNOWN_EVENT:
        s.faults().sendUnknownEvent("SoakEvent", "{\"n\":1}");
        break;
    }
  }

  /** Calls between monitored devices, cleared after a while; failures during gaps are expected. */
  private static void drive(
      CstaSession session, List<CompletableFuture<?>> requests, AtomicBoolean driving, long seed) {
    Random r = new Random(seed + 1);
    Consumer<CompletableFuture<?>> track = requests::add;
    while (driving.get()) {
      int a = r.nextInt(DEVICES);
      int b = (a + 1 + r.nextInt(DEVICES - 1)) % DEVICES;
      CompletableFuture<?> call =
          session
              .makeCall(device(a), device(b))
              .thenCompose(
                  response ->
                      session.clearConnection(response.callingDevice()).thenApply(x -> response));
      track.accept(call);
      try {
        call.get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        // counted from the future at the end; while the session recovers, pace the retries
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
  }

  private static int settledThreadCount(int target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    int n = ManagementFactory.getThreadMXBean().getThreadCount();
    while (n > target + 2 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(200);
      n = ManagementFactory.getThreadMXBean().getThreadCount();
    }
    return n;
  }
}
