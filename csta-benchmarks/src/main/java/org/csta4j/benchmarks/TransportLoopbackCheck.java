package org.csta4j.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.internal.Threads;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.signalr.SignalRTransportFactory;
import org.csta4j.transport.signalr.jetty.JettySignalRTransportFactory;
import org.jspecify.annotations.Nullable;

/**
 * Loopback check of both SignalR transports against the bare official client (its Gson protocol),
 * in one run against one simulator: {@code signalr} (csta-transport-signalr, on the official
 * client), {@code signalr-jetty} (csta-transport-signalr-jetty, our own client on Jetty) and the
 * bare official client. For each: request round trip p50/p99 for the same hub method, and events
 * per second delivered to a typed listener vs Gson-typed {@code on(...)} handlers, with the bytes
 * and the CPU time the client side spent per message. Not a test.
 *
 * <p>A warm-up round, then N measured rounds; each round runs the three sides, the one that goes
 * first rotating from round to round, and the ratios printed last are the medians over the rounds.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar
 * org.csta4j.benchmarks.TransportLoopbackCheck [requests] [events] [rounds]}
 */
public final class TransportLoopbackCheck {
  private static final String LOGIN =
      "{\"applicationInfo\":{\"applicationSpecificInfo\":{\"vendorData:userID\":\"demo\","
          + "\"vendorData:password\":\"demo\",\"vendorData:pbxDomain\":\"demo.local\"}},"
          + "\"requestedSessionDuration\":3600}";
  private static final String DELIVERED =
      "{\"monitorCrossRefID\":\"1001\",\"connection\":{\"callID\":\"4711\",\"deviceID\":\"100\"},"
          + "\"alertingDevice\":{\"deviceIdentifier\":\"100\"},\"callingDevice\":{\"deviceIdentifier\":\"22334455\"},"
          + "\"calledDevice\":{\"deviceIdentifier\":\"100\"},\"lastRedirectionDevice\":{\"notRequired\":{}},"
          + "\"localConnectionInfo\":\"alerting\",\"cause\":\"newCall\"}";

  private static final boolean DIRECT = Boolean.getBoolean("direct");

  /** {@code -Donly=jetty} runs one side alone (to profile it); no ratios are printed then. */
  private static final @Nullable String ONLY = System.getProperty("only");

  /** {@code -DbyThread=true} also prints the client CPU per event of each group of threads. */
  private static final boolean BY_THREAD = Boolean.getBoolean("byThread");

  /** The sides, in the order of the columns; index 0 is the baseline of every ratio. */
  private static final String[] SIDES = {"bare", "signalr", "jetty"};

  private static final int BARE = 0;
  private static final int SIGNALR = 1;
  private static final int JETTY = 2;

  /** The ratios printed per round and as medians: numerator side, denominator side. */
  private static final int[][] PAIRS = {{JETTY, BARE}, {JETTY, SIGNALR}, {SIGNALR, BARE}};

  private TransportLoopbackCheck() {}

  /** What a user of the bare client binds the event to: plain fields. */
  static final class DeliveredDto {
    // bound by Gson, which leaves a field missing from the JSON null
    @Nullable String monitorCrossRefID;
    @Nullable JsonObject connection;
    @Nullable JsonObject alertingDevice;
    @Nullable JsonObject callingDevice;
    @Nullable JsonObject calledDevice;
    @Nullable JsonObject lastRedirectionDevice;
    @Nullable String localConnectionInfo;
    @Nullable String cause;
  }

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    ExecutorService executor = Executors.newFixedThreadPool(2);
    // per pair, per round: p50, p99, events/s, client CPU per event
    List<List<double[]>> ratios = new ArrayList<>();
    for (int i = 0; i < PAIRS.length; i++) {
      ratios.add(new ArrayList<>());
    }
    System.out.printf(
        Locale.ROOT,
        "%d requests, %d events, %d measured rounds; %d processors, load average %.2f%n",
        requests,
        events,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ZERO).start()) {
      // one warm-up round, then measured rounds; each round runs every side, the first one
      // rotating, so that drift on a busy machine hits all sides alike
      for (int round = 0; round <= rounds; round++) {
        String label = round == 0 ? "warm-up " : "round " + round;
        double[][] m = new double[SIDES.length][];
        for (int k = 0; k < SIDES.length; k++) {
          int side = (round + k) % SIDES.length;
          if (ONLY != null && !SIDES[side].equals(ONLY)) {
            continue;
          }
          m[side] =
              switch (side) {
                case BARE -> bare(sim, requests, events);
                case SIGNALR ->
                    ours(new SignalRTransportFactory(), sim, executor, requests, events);
                default ->
                    ours(new JettySignalRTransportFactory(), sim, executor, requests, events);
              };
        }
        for (int side = 0; side < SIDES.length; side++) {
          if (m[side] == null) {
            continue;
          }
          print(String.format(Locale.ROOT, "%s %-7s", label, SIDES[side]), m[side]);
        }
        if (round > 0 && ONLY == null) {
          StringBuilder line = new StringBuilder(label).append(" ratios:");
          for (int i = 0; i < PAIRS.length; i++) {
            double[] a = m[PAIRS[i][0]];
            double[] b = m[PAIRS[i][1]];
            double[] r = {a[0] / b[0], a[1] / b[1], a[3] / b[3], b[5] / a[5]};
            ratios.get(i).add(r);
            line.append(ratioText(PAIRS[i], r));
          }
          System.out.println(line);
        }
        System.out.flush();
      }
      StringBuilder line = new StringBuilder("median of ").append(rounds).append(" rounds:");
      for (int i = 0; i < PAIRS.length && ONLY == null; i++) {
        List<double[]> rows = ratios.get(i);
        double[] med = new double[4];
        for (int c = 0; c < med.length; c++) {
          med[c] = median(rows, c);
        }
        line.append(ratioText(PAIRS[i], med));
      }
      if (rounds > 0 && ONLY == null) {
        System.out.println(line);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static String ratioText(int[] pair, double[] r) {
    return String.format(
        Locale.ROOT,
        "%n  %s/%s: p50 %.2fx, p99 %.2fx; events/s %.2fx; client CPU/event %.2fx",
        SIDES[pair[0]],
        SIDES[pair[1]],
        r[0],
        r[1],
        r[2],
        r[3]);
  }

  private static void print(String label, double[] m) {
    System.out.printf(
        Locale.ROOT,
        "%s: p50=%.1fus p99=%.1fus alloc/request=%.0fB events/s=%.0f alloc/event=%.0fB"
            + " events/client-CPU-s=%.0f client-CPU/event=%.2fus%n",
        label,
        m[0],
        m[1],
        m[2],
        m[3],
        m[4],
        m[5],
        1e6 / m[5]);
  }

  private static double median(List<double[]> rows, int column) {
    double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** p50 us, p99 us, bytes/request, events/s, bytes/event, events/client-CPU-s. */
  static double[] ours(
      CstaTransportFactory factory,
      CstaSimulator sim,
      ExecutorService executor,
      int requests,
      int events)
      throws Exception {
    AtomicInteger received = new AtomicInteger();
    CountDownLatch all = new CountDownLatch(1);
    TransportListener listener =
        new TransportListener() {
          @Override
          public void onEvent(CstaEvent event) {
            if (event instanceof DeliveredEvent && received.incrementAndGet() == events) {
              all.countDown();
            }
          }

          @Override
          public void onConnectionLost(ConnectionLostException cause) {
            // the round cannot end well: say why at once rather than wait for the timeout
            System.err.println(factory.name() + " lost its connection: " + cause.getMessage());
            all.countDown();
          }
        };
    try (CstaTransport t =
        factory.create(
            TransportConfig.builder(sim.hubUrl(), DIRECT ? Runnable::run : executor).build(),
            listener)) {
      t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      t.send(
              StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofSeconds(3600)),
              RequestOptions.of(Duration.ofSeconds(10), "login"))
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      return measure(
          factory.name(),
          sim,
          requests,
          events,
          i ->
              t.send(GetDoNotDisturb.of("100"), RequestOptions.of(Duration.ofSeconds(10), "q" + i))
                  .toCompletableFuture()
                  .get(10, TimeUnit.SECONDS),
          received,
          all);
    }
  }

  static double[] bare(CstaSimulator sim, int requests, int events) throws Exception {
    AtomicInteger received = new AtomicInteger();
    CountDownLatch all = new CountDownLatch(1);
    HubConnection hub = HubConnectionBuilder.create(sim.hubUrl().toString()).build();
    try {
      hub.on(
          "Delivered",
          (DeliveredDto e) -> {
            if (received.incrementAndGet() == events) {
              all.countDown();
            }
          },
          DeliveredDto.class);
      if (!hub.start().blockingAwait(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("bare: not connected within 10 s");
      }
      JsonObject login =
          hub.invoke(JsonObject.class, "StartApplicationSession", JsonParser.parseString(LOGIN))
              .blockingGet();
      if (login.has("errorCode") || login.has("CSTAErrorCode")) {
        throw new IllegalStateException("bare: login refused: " + login);
      }
      return measure(
          "bare",
          sim,
          requests,
          events,
          i ->
              hub.invoke(
                      JsonObject.class,
                      "GetDoNotDisturb",
                      JsonParser.parseString(
                          "{\"device\":\"100\",\"privateData\":{\"requestId\":\"q" + i + "\"}}"))
                  .timeout(10, TimeUnit.SECONDS)
                  .blockingGet(),
          received,
          all);
    } finally {
      hub.close();
    }
  }

  /** One request round trip of the client under test, waiting for its answer. */
  @FunctionalInterface
  interface RoundTrip {
    /** Makes request {@code i} and returns its answer. */
    Object run(int i) throws Exception;
  }

  /**
   * The same measurement for either client: {@code requests} sequential round trips, then a flood
   * of {@code events} that the client's handler counts into {@code received} and {@code all}.
   */
  private static double[] measure(
      String who,
      CstaSimulator sim,
      int requests,
      int events,
      RoundTrip roundTrip,
      AtomicInteger received,
      CountDownLatch all)
      throws Exception {
    long[] latencies = new long[requests];
    long alloc0 = clientAllocated(sim);
    for (int i = 0; i < requests; i++) {
      long t0 = System.nanoTime();
      roundTrip.run(i);
      latencies[i] = System.nanoTime() - t0;
    }
    double allocPerRequest = (clientAllocated(sim) - alloc0) / (double) requests;
    long alloc1 = clientAllocated(sim);
    java.util.Map<String, Long> groups1 = cpuByGroup(sim);
    java.util.Map<String, Long> blocks1 = blocksByGroup(sim);
    long cpu1 = clientCpu(sim);
    long e0 = System.nanoTime();
    flood(sim, events);
    if (!all.await(5, TimeUnit.MINUTES) || received.get() < events) {
      throw new IllegalStateException(
          who + ": only " + received.get() + " of " + events + " events arrived");
    }
    double seconds = (System.nanoTime() - e0) / 1e9;
    double allocPerEvent = (clientAllocated(sim) - alloc1) / (double) events;
    double cpuSeconds = (clientCpu(sim) - cpu1) / 1e9;
    if (BY_THREAD) {
      StringBuilder line = new StringBuilder(who).append(" client CPU per event by thread:");
      cpuByGroup(sim)
          .forEach(
              (group, ns) -> {
                double us = (ns - groups1.getOrDefault(group, 0L)) / 1e3 / events;
                if (us >= 0.05) {
                  line.append(String.format(Locale.ROOT, " %s=%.2fus", group, us));
                }
              });
      System.out.println(line);
      StringBuilder waits =
          new StringBuilder(who).append(" client threads' waits (voluntary switches) per event:");
      blocksByGroup(sim)
          .forEach(
              (group, n) -> {
                double per = (n - blocks1.getOrDefault(group, 0L)) / (double) events;
                if (per >= 0.01) {
                  waits.append(String.format(Locale.ROOT, " %s=%.2f", group, per));
                }
              });
      System.out.println(waits);
    }
    return summary(
        latencies, allocPerRequest, events / seconds, allocPerEvent, events / cpuSeconds);
  }

  /**
   * The simulator pushes the same Delivered event to every logged-in session, as fast as it can.
   */
  private static void flood(CstaSimulator sim, int events) throws InterruptedException {
    // on a thread named as the simulator's: its work is the gateway's, not the client's
    Thread producer =
        Threads.daemon(
            () -> {
              for (int i = 0; i < events; i++) {
                sim.faults().sendUnknownEvent("Delivered", DELIVERED);
              }
            },
            sim.threadNamePrefix() + "flood");
    producer.start();
    producer.join();
  }

  private static double[] summary(
      long[] latencies,
      double allocPerRequest,
      double eventsPerSecond,
      double allocPerEvent,
      double eventsPerCpuSecond) {
    Arrays.sort(latencies);
    return new double[] {
      latencies[latencies.length / 2] / 1e3,
      latencies[(int) (latencies.length * 0.99)] / 1e3,
      allocPerRequest,
      eventsPerSecond,
      allocPerEvent,
      eventsPerCpuSecond
    };
  }

  /**
   * CPU time so far of every live thread that is not the simulator's: the client's cost. With the
   * simulator flooding from the same two cores, wall-clock events/s is bounded by the producer;
   * events per client CPU-second is what the client could take.
   */
  private static long clientCpu(CstaSimulator sim) {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!t.getName().startsWith(sim.threadNamePrefix())) {
        long ns = mx.getThreadCpuTime(t.getId());
        if (ns > 0) {
          total += ns;
        }
      }
    }
    return total;
  }

  /**
   * CPU time so far of the live threads that are not the simulator's, by name, digits folded; and
   * of each group the part spent in the kernel.
   */
  private static java.util.Map<String, Long> cpuByGroup(CstaSimulator sim) {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    java.util.Map<String, Long> groups = new java.util.TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      long ns = mx.getThreadCpuTime(t.getId());
      long user = mx.getThreadUserTime(t.getId());
      if (!t.getName().startsWith(sim.threadNamePrefix()) && ns > 0) {
        String group = t.getName().replaceAll("[0-9]+", "N");
        groups.merge(group, ns, Long::sum);
        groups.merge(group + " (kernel)", ns - user, Long::sum);
      }
    }
    return groups;
  }

  /**
   * How often so far the live threads that are not the simulator's blocked (gave up the CPU to
   * wait: a park, a select, a blocking read), by name as the kernel has it (15 characters), digits
   * folded; read from {@code /proc/self/task}, so empty where there is none (not Linux). Each is a
   * wake-up to come, the cost that no allocation count shows.
   */
  private static java.util.Map<String, Long> blocksByGroup(CstaSimulator sim) {
    java.util.Map<String, Long> groups = new java.util.TreeMap<>();
    String simulator = sim.threadNamePrefix();
    simulator = simulator.substring(0, Math.min(15, simulator.length()));
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return groups;
    }
    for (java.io.File task : tasks) {
      try {
        String name =
            java.nio.file.Files.readString(new java.io.File(task, "comm").toPath()).trim();
        if (name.startsWith(simulator)) {
          continue;
        }
        for (String line :
            java.nio.file.Files.readAllLines(new java.io.File(task, "status").toPath())) {
          if (line.startsWith("voluntary_ctxt_switches:")) {
            long n = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            groups.merge(name.replaceAll("[0-9]+", "N"), n, Long::sum);
          }
        }
      } catch (java.io.IOException | RuntimeException e) {
        // a thread that ended meanwhile
      }
    }
    return groups;
  }

  /** Bytes allocated so far by every live thread that is not the simulator's. */
  private static long clientAllocated(CstaSimulator sim) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!t.getName().startsWith(sim.threadNamePrefix())) {
        long b = mx.getThreadAllocatedBytes(t.getId());
        if (b > 0) {
          total += b;
        }
      }
    }
    return total;
  }
}
