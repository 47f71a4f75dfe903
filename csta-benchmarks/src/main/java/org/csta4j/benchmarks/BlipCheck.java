package org.csta4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.internal.Threads;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.Monitor;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.internal.ResumeClock;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.signalr.SignalRTransportFactory;
import org.csta4j.transport.signalr.jetty.JettySignalROptions;
import org.csta4j.transport.signalr.jetty.JettySignalRTransportFactory;
import org.jspecify.annotations.Nullable;

/**
 * A blip: one session over the Jetty transport with N monitors and events flowing on every one of
 * them, its socket cut for a short while (the simulator resets it and holds back the resume), N
 * rounds. Stateful reconnect should resume the connection: per round it counts the events lost and
 * duplicated (each monitor's events are numbered, checked in order), the re-logins (the session id,
 * RECONNECTING), the time from the simulator taking the resumed socket to the first event the
 * application gets after it, and the interruption the session reports. The baseline, in the same
 * run, is the same cut on the same transport with stateful reconnect off (or, with {@code signalr}
 * last, on the official client's transport): the session recovers by RECONNECTING, a new login, the
 * monitors restored and a gap. Not a test: it exits with status 1 when the stateful session lost or
 * duplicated an event, logged in again, went RECONNECTING or had a gap.
 *
 * <p>The events are Delivered events the simulator pushes at a steady rate, one monitor after the
 * other, each carrying its monitor's number in its call id and its sequence number in its calling
 * device, from a thread counted as the simulator's.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar org.csta4j.benchmarks.BlipCheck
 * [monitors] [rounds] [cut ms] [events/s] [signalr]}
 */
public final class BlipCheck {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int WARM_UP = 3;

  /** How long events flow before a cut, and after the first event that follows it. */
  private static final long SETTLE_MILLIS = 300;

  private BlipCheck() {}

  public static void main(String[] args) throws Exception {
    int monitors = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Duration cut = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 500);
    int rate = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
    // the baseline's transport: the Jetty one without stateful reconnect, or the official client's
    boolean officialBaseline = args.length > 4 && args[4].equals("signalr");
    System.out.printf(
        Locale.ROOT,
        "%d monitors, %d rounds (after %d warm-up rounds), cut %d ms, %d events/s, baseline %s;"
            + " %d processors, load average %.2f%n",
        monitors,
        rounds,
        WARM_UP,
        cut.toMillis(),
        rate,
        officialBaseline ? "signalr" : "signalr-jetty without stateful reconnect",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    CstaSimulator.Builder b = CstaSimulator.builder().user("bench", "bench", "bench.local");
    List<String> devices = new ArrayList<>();
    for (int i = 0; i < monitors; i++) {
      devices.add(String.valueOf(1000 + i));
      b.device(devices.get(i));
    }
    try (CstaSimulator sim = b.start()) {
      Phase stateful = new Phase("stateful", true, devices);
      stateful.run(sim, new JettySignalRTransportFactory(), rounds, cut, rate);
      Phase baseline = new Phase("baseline", false, devices);
      baseline.run(
          sim,
          officialBaseline
              ? new SignalRTransportFactory()
              : new JettySignalRTransportFactory(
                  JettySignalROptions.builder().statefulReconnect(false).build()),
          rounds,
          cut,
          rate);
      System.out.printf(
          Locale.ROOT,
          "load average at the end %.2f%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      report(stateful, baseline);
      List<String> failures = stateful.failures();
      if (!failures.isEmpty()) {
        System.out.println("FAILED, stateful reconnect: " + String.join("; ", failures));
        System.out.flush();
        System.exit(1);
      }
    }
  }

  /** One monitor's events as the application gets them: each number once, in order. */
  static final class Tally {
    private long next;
    private long lost;
    private long duplicated;

    synchronized void got(long seq) {
      if (seq == next) {
        next++;
      } else if (seq < next) {
        duplicated++;
      } else {
        lost += seq - next;
        next = seq + 1;
      }
    }

    synchronized long next() {
      return next;
    }

    synchronized long lost() {
      return lost;
    }

    synchronized long duplicated() {
      return duplicated;
    }
  }

  /** The deliveries of one round after its cut: when, and whether sent after the cut. */
  static final class Probe {
    final long[] sentAtCut;
    final Queue<Long> all = new ConcurrentLinkedQueue<>();
    final Queue<Long> sentAfterCut = new ConcurrentLinkedQueue<>();

    Probe(long[] sentAtCut) {
      this.sentAtCut = sentAtCut;
    }

    void got(int monitor, long seq, long nanos) {
      all.add(nanos);
      if (seq >= sentAtCut[monitor]) {
        sentAfterCut.add(nanos);
      }
    }

    /** The first delivery after {@code from}, waiting for one up to {@link #WAIT}. */
    static long firstAfter(Queue<Long> deliveries, long from) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        long first = Long.MAX_VALUE;
        for (long t : deliveries) {
          if (t - from > 0 && t - first < 0) {
            first = t;
          }
        }
        if (first != Long.MAX_VALUE) {
          return first;
        }
        Thread.sleep(1);
      }
      throw new IllegalStateException("no event within " + WAIT + " after the cut");
    }
  }

  /**
   * The simulator's steady stream: a Delivered event to the current monitor of each slot in turn,
   * at {@code rate} per second; numbered per slot from 0.
   */
  static final class Stream {
    final AtomicLongArray sent;
    private final Thread thread;
    private volatile boolean stopped;

    Stream(CstaSimulator sim, List<Monitor> monitors, int rate) {
      this.sent = new AtomicLongArray(monitors.size());
      long period = 1_000_000_000L / rate;
      this.thread =
          Threads.daemon(
              () -> {
                long next = System.nanoTime();
                int k = 0;
                while (!stopped) {
                  long now = System.nanoTime();
                  if (next - now > 0) {
                    LockSupport.parkNanos(next - now);
                    continue;
                  }
                  Monitor m = monitors.get(k);
                  // numbered before it leaves: a number the gateway sent is never missing here
                  long seq = sent.get(k);
                  sim.faults().sendUnknownEvent("Delivered", event(m, k, seq));
                  sent.set(k, seq + 1);
                  k = (k + 1) % monitors.size();
                  // behind by more than 50 ms (a stalled machine): go on at the rate, no burst
                  next = now - next > 50_000_000L ? now + period : next + period;
                }
              },
              sim.threadNamePrefix() + "-blip-events");
      thread.start();
    }

    long[] sentNow() {
      long[] s = new long[sent.length()];
      for (int i = 0; i < s.length; i++) {
        s[i] = sent.get(i);
      }
      return s;
    }

    /** Stops the stream and waits for its thread. */
    void close() throws InterruptedException {
      stopped = true;
      thread.join();
    }

    private static String event(Monitor m, int k, long seq) {
      String device = m.device();
      return "{\"monitorCrossRefID\":\""
          + m.crossRefId()
          + "\",\"connection\":{\"callID\":\"b"
          + k
          + "\",\"deviceID\":\""
          + device
          + "\"},\"alertingDevice\":{\"deviceIdentifier\":\""
          + device
          + "\"},\"callingDevice\":{\"deviceIdentifier\":\""
          + seq
          + "\"},\"calledDevice\":{\"deviceIdentifier\":\""
          + device
          + "\"},\"lastRedirectionDevice\":{\"notRequired\":{}},"
          + "\"localConnectionInfo\":\"alerting\",\"cause\":\"newCall\"}";
    }
  }

  /** One session and its rounds: stateful reconnect on, or the baseline. */
  static final class Phase {
    final String name;
    final List<String> devices;
    final Tally[] tallies;
    volatile @Nullable Probe probe;

    final List<Double> sockBackToFirst = new ArrayList<>();
    final List<Double> cutToFirst = new ArrayList<>();
    final List<Double> reported = new ArrayList<>();
    final List<Double> cutToActive = new ArrayList<>();
    final List<Long> lostPerRound = new ArrayList<>();
    final List<Long> duplicatedPerRound = new ArrayList<>();
    int relogins;
    final AtomicInteger reconnecting = new AtomicInteger();
    final AtomicInteger gapCount = new AtomicInteger();
    long tailLost;
    long sentTotal;
    final boolean statefulOn;

    final BlockingQueue<Duration> resumes = new LinkedBlockingQueue<>();
    final BlockingQueue<Long> active = new LinkedBlockingQueue<>();
    final BlockingQueue<Gap> gaps = new LinkedBlockingQueue<>();

    Phase(String name, boolean resumes, List<String> devices) {
      this.name = name;
      this.statefulOn = resumes;
      this.devices = devices;
      this.tallies = new Tally[devices.size()];
      for (int i = 0; i < tallies.length; i++) {
        tallies[i] = new Tally();
      }
    }

    void run(CstaSimulator sim, CstaTransportFactory factory, int rounds, Duration cut, int rate)
        throws Exception {
      SessionListener listener =
          new SessionListener() {
            @Override
            public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable c) {
              if (to == SessionState.RECONNECTING) {
                reconnecting.incrementAndGet();
              }
              if (from == SessionState.RECONNECTING && to == SessionState.ACTIVE) {
                active.add(System.nanoTime());
              }
            }

            @Override
            public void onGap(Gap gap) {
              gapCount.incrementAndGet();
              gaps.add(gap);
            }

            @Override
            public void onResumed(Duration interrupted) {
              resumes.add(interrupted);
            }
          };
      try (CstaClient client =
          CstaClient.builder()
              .gateway(sim.hubUrl())
              .transport(factory)
              .credentials("bench", "bench", "bench.local")
              .listener(listener)
              .build()) {
        CstaSession s = client.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        List<CompletableFuture<Monitor>> started = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
          int k = i;
          started.add(s.monitor(devices.get(i), e -> delivered(k, e)));
        }
        List<Monitor> monitors = new ArrayList<>();
        for (CompletableFuture<Monitor> m : started) {
          monitors.add(m.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        Stream stream = new Stream(sim, monitors, rate);
        try {
          for (int round = -WARM_UP; round < rounds; round++) {
            if (statefulOn) {
              blipStateful(sim, s, stream, cut, round >= 0);
            } else {
              blipBaseline(sim, s, stream, cut, round >= 0);
            }
          }
        } finally {
          stream.close();
        }
        tailLost = drain(stream);
        for (int k = 0; k < tallies.length; k++) {
          sentTotal += stream.sent.get(k);
        }
      }
    }

    private void delivered(int k, MonitorEvent e) {
      long now = System.nanoTime();
      if (!(e instanceof DeliveredEvent d)) {
        return;
      }
      long seq = Long.parseLong(d.callingDevice().deviceIdentifier().orElseThrow().value());
      tallies[k].got(seq);
      Probe p = probe;
      if (p != null) {
        p.got(k, seq, now);
      }
    }

    private long lost() {
      long n = 0;
      for (Tally t : tallies) {
        n += t.lost();
      }
      return n;
    }

    private long duplicated() {
      long n = 0;
      for (Tally t : tallies) {
        n += t.duplicated();
      }
      return n;
    }

    /** The stateful cut: resumed, not reconnected; the first event after the resumed socket. */
    private void blipStateful(
        CstaSimulator sim, CstaSession s, Stream stream, Duration cut, boolean measured)
        throws Exception {
      Thread.sleep(SETTLE_MILLIS);
      String sessionId = s.sessionId();
      List<String> connections = sim.connectionIds();
      int reconnectingBefore = reconnecting.get();
      long lost0 = lost();
      long dup0 = duplicated();
      Probe p = new Probe(stream.sentNow());
      probe = p;
      long t0 = System.nanoTime();
      if (!sim.faults().cutConnection(connections.get(0), cut)) {
        throw new IllegalStateException(name + ": no connection to cut");
      }
      Duration interrupted = resumes.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (interrupted == null) {
        throw new IllegalStateException(name + ": not resumed within " + WAIT);
      }
      long back = resumedAt(sim, connections.get(0), t0);
      long first = Probe.firstAfter(p.all, back);
      Thread.sleep(SETTLE_MILLIS);
      probe = null;
      if (!s.sessionId().equals(sessionId) || reconnecting.get() != reconnectingBefore) {
        relogins++;
      }
      if (measured) {
        sockBackToFirst.add((first - back) / 1e6);
        cutToFirst.add((first - t0) / 1e6);
        reported.add(interrupted.toNanos() / 1e6);
      }
      lostPerRound.add(lost() - lost0);
      duplicatedPerRound.add(duplicated() - dup0);
    }

    /** When the simulator took the resumed socket of this connection (after {@code t0}). */
    private long resumedAt(CstaSimulator sim, String connection, long t0)
        throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        OptionalLong at = ((ResumeClock) sim.faults()).resumedAtNanos(connection);
        if (at.isPresent() && at.getAsLong() - t0 > 0) {
          return at.getAsLong();
        }
        Thread.sleep(1);
      }
      throw new IllegalStateException(name + ": the simulator saw no resume of " + connection);
    }

    /**
     * The baseline's cut: RECONNECTING, login, restore, gap; the first event sent after the cut.
     */
    private void blipBaseline(
        CstaSimulator sim, CstaSession s, Stream stream, Duration cut, boolean measured)
        throws Exception {
      Thread.sleep(SETTLE_MILLIS);
      String sessionId = s.sessionId();
      long lost0 = lost();
      long dup0 = duplicated();
      active.clear();
      gaps.clear();
      Probe p = new Probe(stream.sentNow());
      probe = p;
      long t0 = System.nanoTime();
      if (sim.faults().cutAllConnections(cut) != 1) {
        throw new IllegalStateException(name + ": not one connection to cut");
      }
      Long activeAt = active.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      Gap gap = gaps.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (activeAt == null || gap == null) {
        throw new IllegalStateException(name + ": not restored within " + WAIT);
      }
      long first = Probe.firstAfter(p.sentAfterCut, t0);
      Thread.sleep(SETTLE_MILLIS);
      probe = null;
      if (!s.sessionId().equals(sessionId)) {
        relogins++;
      }
      if (measured) {
        cutToFirst.add((first - t0) / 1e6);
        cutToActive.add((activeAt - t0) / 1e6);
      }
      lostPerRound.add(lost() - lost0);
      duplicatedPerRound.add(duplicated() - dup0);
    }

    /**
     * After the stream stopped: waits until each monitor got its last event; what never came is
     * lost.
     */
    private long drain(Stream stream) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      long missing;
      do {
        missing = 0;
        for (int k = 0; k < tallies.length; k++) {
          missing += Math.max(0, stream.sent.get(k) - tallies[k].next());
        }
        if (missing > 0) {
          Thread.sleep(10);
        }
      } while (missing > 0 && System.nanoTime() < deadline);
      return missing;
    }

    List<String> failures() {
      List<String> f = new ArrayList<>();
      long lost = lostPerRound.stream().mapToLong(Long::longValue).sum() + tailLost;
      long dup = duplicatedPerRound.stream().mapToLong(Long::longValue).sum();
      if (lost > 0) {
        f.add(lost + " events lost");
      }
      if (dup > 0) {
        f.add(dup + " events duplicated");
      }
      if (relogins > 0) {
        f.add(relogins + " re-logins");
      }
      if (reconnecting.get() > 0) {
        f.add("RECONNECTING " + reconnecting.get() + " times");
      }
      if (gapCount.get() > 0) {
        f.add(gapCount.get() + " gaps");
      }
      return f;
    }
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String row(String label, List<Double> v) {
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f |%n",
        label,
        percentile(v, 0.5),
        percentile(v, 0.9),
        percentile(v, 1));
  }

  private static void report(Phase stateful, Phase baseline) {
    StringBuilder out = new StringBuilder();
    out.append("| | p50 ms | p90 ms | max ms |\n|---|---:|---:|---:|\n");
    out.append(
        row(
            "stateful: socket back (simulator) -> first event delivered",
            stateful.sockBackToFirst));
    out.append(row("stateful: interruption, as onResumed reports it", stateful.reported));
    out.append(row("stateful: cut -> first event delivered", stateful.cutToFirst));
    out.append(
        row("baseline: cut -> first event sent after the cut, delivered", baseline.cutToFirst));
    out.append(
        row("baseline: cut -> RECONNECTING -> ACTIVE (login, restore, gap)", baseline.cutToActive));
    out.append(
        String.format(
            Locale.ROOT,
            "%n| all rounds (warm-up included) | events sent | lost | duplicated | re-logins |"
                + " RECONNECTING | gaps |%n"
                + "|---|---:|---:|---:|---:|---:|---:|%n"));
    for (Phase p : List.of(stateful, baseline)) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s (%d rounds) | %d | %d (max %d in a round, %d at the end) | %d | %d | %d | %d |%n",
              p.name,
              p.lostPerRound.size(),
              p.sentTotal,
              p.lostPerRound.stream().mapToLong(Long::longValue).sum() + p.tailLost,
              p.lostPerRound.stream().mapToLong(Long::longValue).max().orElse(0),
              p.tailLost,
              p.duplicatedPerRound.stream().mapToLong(Long::longValue).sum(),
              p.relogins,
              p.reconnecting.get(),
              p.gapCount.get()));
    }
    System.out.print(out);
  }
}
