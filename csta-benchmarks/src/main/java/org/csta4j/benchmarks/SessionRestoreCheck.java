package org.csta4j.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.Monitor;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.csta4j.simulator.CstaSimulator;
import org.jspecify.annotations.Nullable;

/**
 * Time from a dropped connection (a TCP reset injected by the simulator) to a fully restored
 * session with N monitors: reconnected, logged in, every monitor restarted under its handle, every
 * device snapshotted, the gap announced and the state ACTIVE again. The baseline, measured in the
 * same run, is the same work done cold by an application: connect, log in, start N monitors and
 * snapshot N devices, all requests in flight at once.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar
 * org.csta4j.benchmarks.SessionRestoreCheck [monitors] [rounds]}
 */
public final class SessionRestoreCheck {
  private SessionRestoreCheck() {}

  public static void main(String[] args) throws Exception {
    int monitors = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    CstaSimulator.Builder b = CstaSimulator.builder().user("bench", "bench", "bench.local");
    List<String> devices = new ArrayList<>();
    for (int i = 0; i < monitors; i++) {
      devices.add(String.valueOf(1000 + i));
      b.device(devices.get(i));
    }
    try (CstaSimulator sim = b.start()) {
      List<Double> baseline = new ArrayList<>();
      List<Double> restore = new ArrayList<>();
      // warm-up, then alternate baseline and restore rounds so drift hits both alike
      for (int round = -5; round < rounds; round++) {
        double cold = coldStart(sim, devices);
        double warm = restoreOnce(sim, devices);
        if (round >= 0) {
          baseline.add(cold);
          restore.add(warm);
        }
      }
      report(monitors, rounds, baseline, restore);
    }
  }

  private static CstaClient client(CstaSimulator sim, @Nullable SessionListener listener) {
    CstaClient.Builder b =
        CstaClient.builder().gateway(sim.hubUrl()).credentials("bench", "bench", "bench.local");
    if (listener != null) {
      b.listener(listener);
    }
    return b.build();
  }

  /** The baseline: what restore does, done by hand on a fresh client. Milliseconds. */
  private static double coldStart(CstaSimulator sim, List<String> devices) throws Exception {
    try (CstaClient client = client(sim, null)) {
      long t0 = System.nanoTime();
      CstaSession s = client.connect().get(30, TimeUnit.SECONDS);
      List<CompletableFuture<?>> all = new ArrayList<>();
      for (String d : devices) {
        all.add(s.monitor(d));
        all.add(s.snapshot(d));
      }
      CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
      return (System.nanoTime() - t0) / 1e6;
    }
  }

  /** Drops the connection of a session with every monitor running; milliseconds to ACTIVE. */
  private static double restoreOnce(CstaSimulator sim, List<String> devices) throws Exception {
    BlockingQueue<Long> active = new LinkedBlockingQueue<>();
    BlockingQueue<Gap> gaps = new LinkedBlockingQueue<>();
    SessionListener l =
        new SessionListener() {
          @Override
          public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable c) {
            if (from == SessionState.RECONNECTING && to == SessionState.ACTIVE) {
              active.add(System.nanoTime());
            }
          }

          @Override
          public void onGap(Gap gap) {
            gaps.add(gap);
          }
        };
    try (CstaClient client = client(sim, l)) {
      CstaSession s = client.connect().get(30, TimeUnit.SECONDS);
      List<CompletableFuture<Monitor>> all = new ArrayList<>();
      for (String d : devices) {
        all.add(s.monitor(d));
      }
      CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
      long t0 = System.nanoTime();
      sim.faults().dropAllConnections();
      Long t1 = active.poll(30, TimeUnit.SECONDS);
      Gap gap = gaps.poll(30, TimeUnit.SECONDS);
      if (t1 == null || gap == null || gap.resynced().size() != devices.size()) {
        throw new IllegalStateException("session not restored: " + gap);
      }
      for (CompletableFuture<Monitor> m : all) {
        if (!m.get().crossRefId().isEmpty() && m.get().state().name().equals("ACTIVE")) {
          continue;
        }
        throw new IllegalStateException("monitor not restored: " + m.get());
      }
      return (t1 - t0) / 1e6;
    }
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static void report(int monitors, int rounds, List<Double> cold, List<Double> restore) {
    System.out.printf(
        Locale.ROOT,
        "%d monitors, %d rounds (after 5 warm-up rounds)%n"
            + "| | p50 ms | p90 ms | max ms |%n|---|---:|---:|---:|%n"
            + "| baseline: cold connect + login + %d MonitorStart + %d SnapshotDevice | %.1f | %.1f | %.1f |%n"
            + "| restore: TCP reset -> reconnect, login, %d monitors restored, %d snapshots, gap, ACTIVE | %.1f | %.1f | %.1f |%n"
            + "| ratio restore / baseline | %.2f | %.2f | |%n",
        monitors,
        rounds,
        monitors,
        monitors,
        percentile(cold, 0.5),
        percentile(cold, 0.9),
        percentile(cold, 1),
        monitors,
        monitors,
        percentile(restore, 0.5),
        percentile(restore, 0.9),
        percentile(restore, 1),
        percentile(restore, 0.5) / percentile(cold, 0.5),
        percentile(restore, 0.9) / percentile(cold, 0.9));
  }
}
