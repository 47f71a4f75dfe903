package org.csta4j.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.internal.Threads;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;

/**
 * Heap and threads per session with N concurrent sessions in one JVM against one simulator (run in
 * a child process, so that only the client side is measured), over the transport named on the
 * command line ({@code signalr-jetty} or {@code signalr}; by default the one {@link
 * CstaTransports#forUri} chooses). Measured against the same JVM before any connection is made
 * (after GC), and, in the same run, against N bare transports of that kind, connected and logged in
 * with the same monitors, no session on top.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar org.csta4j.benchmarks.SessionScaleCheck
 * [sessions] [monitorsPerSession] [transport]}
 */
public final class SessionScaleCheck {
  private SessionScaleCheck() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int monitors = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    URI hub = URI.create("http://127.0.0.1:" + port + "/csta");
    CstaTransportFactory factory =
        args.length > 2 ? transport(args[2], hub) : CstaTransports.forUri(hub);
    Process sim = startSimulator(port);
    try {
      Snapshot idle = Snapshot.take();
      Snapshot bare = bareTransports(factory, hub, n, monitors, idle);
      Snapshot sessions = sessions(factory, hub, n, monitors, false);
      Snapshot shared = sessions(factory, hub, n, monitors, true);
      double bareHeap = (bare.heap - idle.heap) / (double) n;
      double bareThreads = (bare.threads - idle.threads) / (double) n;
      System.out.printf(
          Locale.ROOT,
          "%d sessions x %d monitors over %s, simulator in a child process; idle JVM: %.1f MB heap,"
              + " %d threads; load average %.2f%n"
              + "| | heap KB / connection | threads / connection | threads over idle JVM"
              + " | heap ratio | thread ratio |%n"
              + "|---|---:|---:|---:|---:|---:|%n",
          n,
          monitors,
          factory.name(),
          idle.heap / 1e6,
          idle.threads,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      row(
          "baseline: bare " + factory.name() + " transport, logged in, monitors started",
          bare,
          idle,
          n,
          bareHeap,
          bareThreads);
      row(
          "CstaSession, one CstaClient per session (default)",
          sessions,
          idle,
          n,
          bareHeap,
          bareThreads);
      row(
          "CstaSession, clients sharing one executor and scheduler",
          shared,
          idle,
          n,
          bareHeap,
          bareThreads);
    } finally {
      sim.destroy();
      sim.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void row(
      String what, Snapshot s, Snapshot idle, int n, double bareHeap, double bareThreads) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.3f | %d | %.2f | %.2f |%n",
        what,
        perConnection(s.heap, idle.heap, n) / 1024,
        perConnection(s.threads, idle.threads, n),
        s.threads - idle.threads,
        perConnection(s.heap, idle.heap, n) / bareHeap,
        perConnection(s.threads, idle.threads, n) / bareThreads);
  }

  /** The installed transport of that name, which must support the simulator's URI. */
  private static CstaTransportFactory transport(String name, URI hub) {
    List<String> names = new ArrayList<>();
    for (CstaTransportFactory f : CstaTransports.installed()) {
      if (f.name().equals(name) && f.supports(hub)) {
        return f;
      }
      names.add(f.name());
    }
    throw new IllegalArgumentException(
        "no transport named '" + name + "'; installed: " + String.join(", ", names));
  }

  private static double perConnection(long value, long idle, int n) {
    return (value - idle) / (double) n;
  }

  private static Process startSimulator(int port) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.csta4j.simulator.Main");
    cmd.add("--port");
    cmd.add(String.valueOf(port));
    cmd.add("--user");
    cmd.add("bench:bench@bench.local");
    for (int i = 0; i < 10; i++) {
      cmd.add("--device");
      cmd.add(String.valueOf(1000 + i));
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.contains("/csta")) {
        break;
      }
    }
    Executors.newSingleThreadExecutor(Threads.named("simulator-output"))
        .execute(
            () -> {
              try {
                while (out.readLine() != null) {
                  // drain
                }
              } catch (java.io.IOException e) {
                // the simulator ended
              }
            });
    return p;
  }

  private static Snapshot bareTransports(
      CstaTransportFactory f, URI hub, int n, int monitors, Snapshot idle) throws Exception {
    java.util.concurrent.ExecutorService callbacks = Executors.newCachedThreadPool();
    List<CstaTransport> all = new ArrayList<>();
    long ids = 0;
    try {
      for (int i = 0; i < n; i++) {
        CstaTransport t =
            f.create(TransportConfig.builder(hub, callbacks).build(), TransportListener.NONE);
        all.add(t);
        t.connect().toCompletableFuture().get(30, TimeUnit.SECONDS);
        t.send(
                StartApplicationSession.of("bench", "bench", "bench.local", Duration.ofMinutes(2)),
                RequestOptions.of(Duration.ofSeconds(10), "b" + ++ids))
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
        for (int m = 0; m < monitors; m++) {
          t.send(
                  MonitorStart.device(String.valueOf(1000 + (i + m) % 10)),
                  RequestOptions.of(Duration.ofSeconds(10), "b" + ++ids))
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
        }
      }
      Snapshot taken = Snapshot.take();
      printThreadGroups("bare transports");
      return taken;
    } finally {
      all.forEach(CstaTransport::close);
      callbacks.shutdownNow();
      callbacks.awaitTermination(10, TimeUnit.SECONDS);
      Snapshot.settle(idle.threads);
    }
  }

  private static Snapshot sessions(
      CstaTransportFactory factory, URI hub, int n, int monitors, boolean shared) throws Exception {
    int before = Thread.activeCount();
    java.util.concurrent.ExecutorService pool = Executors.newCachedThreadPool();
    java.util.concurrent.ScheduledExecutorService timerThread =
        Executors.newSingleThreadScheduledExecutor(
            org.csta4j.model.internal.Threads.named("shared-timer"));
    org.csta4j.session.Scheduler timer = org.csta4j.session.Scheduler.of(timerThread);
    List<CstaClient> clients = new ArrayList<>();
    try {
      List<CompletableFuture<?>> started = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        CstaClient.Builder b =
            CstaClient.builder()
                .gateway(hub)
                .transport(factory)
                .credentials("bench", "bench", "bench.local");
        if (shared) {
          b.executor(pool).scheduler(timer);
        }
        CstaClient c = b.build();
        clients.add(c);
        CstaSession s = c.connect().get(30, TimeUnit.SECONDS);
        for (int m = 0; m < monitors; m++) {
          started.add(s.monitor(String.valueOf(1000 + (i + m) % 10)));
        }
      }
      CompletableFuture.allOf(started.toArray(new CompletableFuture<?>[0]))
          .get(60, TimeUnit.SECONDS);
      Snapshot taken = Snapshot.take();
      printThreadGroups(shared ? "sessions, shared executor" : "sessions");
      return taken;
    } finally {
      clients.forEach(CstaClient::close);
      timerThread.shutdownNow();
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      Snapshot.settle(before);
    }
  }

  /** Live threads by name, digits folded, most numerous first. */
  private static void printThreadGroups(String what) {
    java.util.Map<String, Integer> groups = new java.util.TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      groups.merge(t.getName().replaceAll("[0-9]+", "N"), 1, Integer::sum);
    }
    StringBuilder line = new StringBuilder(what).append(" threads:");
    groups.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(8)
        .forEach(e -> line.append(' ').append(e.getKey()).append('=').append(e.getValue()));
    System.out.println(line);
  }

  /** Used heap after GC and live threads. */
  private record Snapshot(long heap, int threads) {

    static Snapshot take() {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return new Snapshot(
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
          ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** Waits (up to 20 s) for threads of closed connections to end before the next measurement. */
    static void settle(int threads) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (ManagementFactory.getThreadMXBean().getThreadCount() > threads + 5
          && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
  }
}
