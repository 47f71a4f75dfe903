package org.csta4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.csta4j.model.internal.Threads;
import org.csta4j.simulator.CstaSimulator;
import org.jspecify.annotations.Nullable;

/**
 * Load check of the simulator (a loopback harness, not a test): N SignalR clients each monitor the
 * whole trunk while scripted calls flood events; reports events delivered per second and the CPU
 * the simulator's own threads used, against a baseline of one client measured in the same run.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar org.csta4j.benchmarks.SimulatorLoadCheck
 * [clients] [calls]}
 */
public final class SimulatorLoadCheck {
  private static final char RS = '\u001e';
  private static final int DEVICES = 20;

  private SimulatorLoadCheck() {}

  /** One measured run. */
  record Result(
      int clients,
      long events,
      double seconds,
      double simulatorCpuSeconds,
      double clientCpuSeconds) {

    double eventsPerSecond() {
      return events / seconds;
    }

    double cpuMicrosPerEvent() {
      return simulatorCpuSeconds * 1e6 / events;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "clients=%d events=%d wall=%.2fs events/s=%.0f simulatorCpu=%.2fs (%.2f cores)"
              + " cpu/event=%.2fus clientsCpu=%.2fs (%.2f cores)",
          clients,
          events,
          seconds,
          eventsPerSecond(),
          simulatorCpuSeconds,
          simulatorCpuSeconds / seconds,
          cpuMicrosPerEvent(),
          clientCpuSeconds,
          clientCpuSeconds / seconds);
    }
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    System.out.println("warm-up");
    run(clients, calls / 4);
    Result baseline = run(1, calls);
    Result loaded = run(clients, calls);
    System.out.println("baseline " + baseline);
    System.out.println("loaded   " + loaded);
    System.out.printf(
        Locale.ROOT,
        "ratio events/s loaded/baseline=%.1fx, simulator cpu per event loaded/baseline=%.2fx%n",
        loaded.eventsPerSecond() / baseline.eventsPerSecond(),
        loaded.cpuMicrosPerEvent() / baseline.cpuMicrosPerEvent());
  }

  static Result run(int clients, int calls) throws Exception {
    CstaSimulator.Builder b = CstaSimulator.builder().user("load", "load", "load.local");
    for (int i = 0; i < DEVICES; i++) {
      b.device(Integer.toString(100 + i));
    }
    ExecutorService io = Executors.newFixedThreadPool(2, Threads.numbered("load-client-"));
    HttpClient http = HttpClient.newBuilder().executor(io).build();
    try (CstaSimulator sim = b.autoAnswerDelay(Duration.ZERO).start()) {
      List<Client> all = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        all.add(Client.connect(http, sim.hubUrl()));
      }
      for (Client c : all) {
        c.awaitMonitoring();
      }
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      long process0 = processCpu();
      long clients0 = clientCpu(mx);
      long t0 = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        String device = Integer.toString(100 + (i % DEVICES));
        sim.pbx().incomingCall("4570000" + (i % 10), device);
        sim.pbx().answer(device);
        sim.pbx().hangUp(device);
      }
      // every client sees every event: wait until each has as many as the first
      long expected = waitUntilStable(all);
      long t1 = System.nanoTime();
      long clientNanos = clientCpu(mx) - clients0;
      long simulatorNanos = processCpu() - process0 - clientNanos;
      for (Client c : all) {
        WebSocket socket = c.socket;
        if (socket != null) {
          socket.abort();
        }
      }
      return new Result(
          clients, expected * clients, (t1 - t0) / 1e9, simulatorNanos / 1e9, clientNanos / 1e9);
    } finally {
      io.shutdownNow();
    }
  }

  private static long waitUntilStable(List<Client> all) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    long last = -1;
    int stableRounds = 0;
    while (System.nanoTime() < deadline) {
      long min = Long.MAX_VALUE;
      long max = 0;
      for (Client c : all) {
        long n = c.events.get();
        min = Math.min(min, n);
        max = Math.max(max, n);
      }
      if (min == max && max == last) {
        if (++stableRounds >= 3) {
          return max;
        }
      } else {
        stableRounds = 0;
      }
      last = max;
      Thread.sleep(20); // a harness polling its own counters, not a test waiting for an event
    }
    throw new IllegalStateException("clients did not receive every event within 5 minutes");
  }

  /** CPU of the whole process: the simulator, the scripting thread and the clients. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU of the clients' threads (the JDK HTTP client's selector and its executor). */
  private static long clientCpu(ThreadMXBean mx) {
    long total = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("load-client-") || t.getName().startsWith("HttpClient-")) {
        long cpu = mx.getThreadCpuTime(t.getId());
        if (cpu > 0) {
          total += cpu;
        }
      }
    }
    return total;
  }

  /** A minimal SignalR client on the JDK: counts invocations (events) it receives. */
  static final class Client implements WebSocket.Listener {
    final AtomicLong events = new AtomicLong();
    final CompletableFuture<Void> monitoring = new CompletableFuture<>();
    final StringBuilder partial = new StringBuilder();

    /** Set once the socket is open; the listener's callbacks take theirs as an argument. */
    @Nullable WebSocket socket;

    static Client connect(HttpClient http, URI hub) throws Exception {
      String body =
          http.send(
                  HttpRequest.newBuilder(URI.create(hub + "/negotiate?negotiateVersion=1"))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      String token = body.replaceAll(".*\"connectionToken\":\"([^\"]+)\".*", "$1");
      Client c = new Client();
      WebSocket socket =
          http.newWebSocketBuilder()
              .buildAsync(
                  URI.create(hub.toString().replaceFirst("^http", "ws") + "?id=" + token), c)
              .get(30, TimeUnit.SECONDS);
      c.socket = socket;
      socket
          .sendText(
              "{\"protocol\":\"json\",\"version\":1}"
                  + RS
                  + "{\"type\":1,\"invocationId\":\"1\",\"target\":\"StartApplicationSession\",\"arguments\":[{"
                  + "\"applicationInfo\":{\"applicationSpecificInfo\":{\"vendorData:userID\":\"load\","
                  + "\"vendorData:password\":\"load\",\"vendorData:pbxDomain\":\"load.local\"}},"
                  + "\"requestedSessionDuration\":3600}]}"
                  + RS
                  + "{\"type\":1,\"invocationId\":\"2\",\"target\":\"MonitorTrunk\",\"arguments\":[{"
                  + "\"monitorObject\":{\"deviceObject\":\"1\"}}]}"
                  + RS,
              true)
          .get(30, TimeUnit.SECONDS);
      return c;
    }

    void awaitMonitoring() throws Exception {
      monitoring.get(60, TimeUnit.SECONDS);
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      synchronized (partial) {
        partial.append(data);
        int i;
        while ((i = partial.indexOf(String.valueOf(RS))) >= 0) {
          String record = partial.substring(0, i);
          partial.delete(0, i + 1);
          if (record.startsWith("{\"type\":1,")) {
            events.incrementAndGet();
          } else if (record.contains("\"invocationId\":\"2\"")) {
            monitoring.complete(null);
          }
        }
      }
      ws.request(1);
      return null;
    }
  }
}
