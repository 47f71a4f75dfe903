package org.csta4j.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
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
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.signalr.SignalRTransportFactory;
import org.jspecify.annotations.Nullable;

/**
 * Loopback check of the SignalR transport against the bare official client (its Gson protocol), in
 * one run against one simulator: request round trip p50/p99 for the same hub method, and events per
 * second delivered to a typed listener vs Gson-typed {@code on(...)} handlers; both with the bytes
 * the client side allocated per message. Not a test.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar
 * org.csta4j.benchmarks.TransportLoopbackCheck [requests] [events]}
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
    java.util.List<double[]> ratios = new java.util.ArrayList<>();
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ZERO).start()) {
      // one warm-up round, then measured rounds; each round runs both sides, alternating which
      // goes first, so that drift on a busy machine hits both alike
      for (int round = 0; round <= rounds; round++) {
        String label = round == 0 ? "warm-up " : "round " + round;
        double[] ours;
        double[] bare;
        if (round % 2 == 1) {
          bare = bare(sim, requests, events);
          ours = ours(sim, executor, requests, events);
        } else {
          ours = ours(sim, executor, requests, events);
          bare = bare(sim, requests, events);
        }
        print(label + " csta4j", ours);
        print(label + " bare  ", bare);
        if (round > 0) {
          double[] r = {ours[0] / bare[0], ours[1] / bare[1], ours[3] / bare[3], ours[5] / bare[5]};
          ratios.add(r);
          System.out.printf(
              Locale.ROOT,
              "%s ratios csta4j/bare: p50 %.2fx, p99 %.2fx; events/s %.2fx; events/client-CPU-s %.2fx%n",
              label,
              r[0],
              r[1],
              r[2],
              r[3]);
        }
      }
      if (ratios.size() > 1) {
        System.out.printf(
            Locale.ROOT,
            "median of %d rounds, csta4j/bare: p50 %.2fx, p99 %.2fx; events/s %.2fx;"
                + " events/client-CPU-s %.2fx%n",
            ratios.size(),
            median(ratios, 0),
            median(ratios, 1),
            median(ratios, 2),
            median(ratios, 3));
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static void print(String label, double[] m) {
    System.out.printf(
        Locale.ROOT,
        "%s: p50=%.1fus p99=%.1fus alloc/request=%.0fB events/s=%.0f alloc/event=%.0fB"
            + " events/client-CPU-s=%.0f%n",
        label,
        m[0],
        m[1],
        m[2],
        m[3],
        m[4],
        m[5]);
  }

  private static double median(java.util.List<double[]> rows, int column) {
    double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** p50 us, p99 us, bytes/request, events/s, bytes/event. */
  static double[] ours(CstaSimulator sim, ExecutorService executor, int requests, int events)
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
        };
    try (CstaTransport t =
        new SignalRTransportFactory()
            .create(
                TransportConfig.builder(sim.hubUrl(), DIRECT ? Runnable::run : executor).build(),
                listener)) {
      t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      t.send(
              StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofSeconds(3600)),
              RequestOptions.of(Duration.ofSeconds(10), "login"))
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      return measure(
          "csta4j",
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
    long cpu1 = clientCpu(sim);
    long e0 = System.nanoTime();
    flood(sim, events);
    if (!all.await(5, TimeUnit.MINUTES)) {
      throw new IllegalStateException(who + ": only " + received.get() + " events arrived");
    }
    double seconds = (System.nanoTime() - e0) / 1e9;
    double allocPerEvent = (clientAllocated(sim) - alloc1) / (double) events;
    double cpuSeconds = (clientCpu(sim) - cpu1) / 1e9;
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
