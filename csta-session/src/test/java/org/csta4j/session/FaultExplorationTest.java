package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MakeCall;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.session.FaultCase.Scenario;
import org.csta4j.session.Wire.Fault;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Systematic fault exploration. For each scenario of the table below, a fault-free run counts its
 * message boundaries (every connect handshake, request, answer and event after the scenario's
 * setup) and notes what crosses each. Then, for every boundary k and every fault that makes sense
 * there, one case: the same scenario with that fault at k, run to quiescence on virtual time and
 * checked against {@link FaultInvariants}. A case is one (scenario, k, fault) placement; the
 * fault-free run of a scenario is a case too. Prints {@code fault exploration: N cases, M
 * violations} (M counts the invariants each case broke) and fails unless M is 0.
 */
class FaultExplorationTest {
  private static final String[] DEVICES = {"100", "101", "102", "103", "104"};

  /** How a scenario's outage starts. */
  enum Outage {
    RESET,
    TERMINATED
  }

  private final Map<String, int[]> byFamily = new TreeMap<>();
  private final Map<String, int[]> byFault = new TreeMap<>();
  private final Map<String, Integer> byInvariant = new TreeMap<>();
  private final List<String> violations = new ArrayList<>();
  private final Map<String, Long> millis = new TreeMap<>();
  private boolean trace;
  private int cases;
  private int diverged;

  static List<Scenario> scenarios() {
    List<Scenario> all = new ArrayList<>();
    for (boolean tracking : new boolean[] {false, true}) {
      for (int m = 0; m <= 4; m++) {
        int n = m;
        all.add(
            scenario(
                "first connect",
                "first connect, then " + n + " monitors" + (tracking ? ", tracking" : ""),
                tracking,
                List.of(),
                List.of(FaultCase::connect, c -> monitors(c, n))));
      }
    }
    for (Outage outage : Outage.values()) {
      for (boolean gone : new boolean[] {false, true}) {
        for (int m = 1; m <= 4; m++) {
          int n = m;
          String how = outage + (gone ? ", one device gone" : "");
          all.add(
              scenario(
                  "reconnect",
                  "reconnect (" + how + "), " + n + " monitors restored",
                  false,
                  setup(n, false),
                  List.of(c -> outage(c, outage, gone ? n : 0))));
          all.add(
              scenario(
                  "resync",
                  "resync (" + how + "), " + n + " monitors, calls changed",
                  true,
                  setup(n, true),
                  List.of(c -> outage(changeCalls(c, n), outage, gone ? n : 0))));
        }
      }
    }
    for (boolean tracking : new boolean[] {false, true}) {
      for (int n = 0; n <= 3; n++) {
        Scenario s =
            scenario(
                "keepalive",
                "keepalive x2, " + n + " monitors" + (tracking ? ", tracking" : ""),
                tracking,
                setup(n, false),
                List.of(c -> {}));
        all.add(
            new Scenario(
                s.family(),
                s.name(),
                tracking,
                false,
                false,
                FaultCase.KEEPALIVE.multipliedBy(2).plusSeconds(5),
                s.setup(),
                s.armed()));
      }
    }
    Map<String, Consumer<FaultCase>> mixes = new LinkedHashMap<>();
    mixes.put("makeCall", c -> c.send(MakeCall.of("200", "100")));
    mixes.put(
        "makeCall, snapshot",
        c -> {
          c.send(MakeCall.of("200", "100"));
          c.send(SnapshotDevice.of("100"));
        });
    mixes.put(
        "2 makeCalls, 2 snapshots",
        c -> {
          c.send(MakeCall.of("200", "100"));
          c.send(SnapshotDevice.of("100"));
          c.send(MakeCall.of("201", "100"));
          c.send(SnapshotDevice.of("101"));
        });
    mixes.put(
        "monitor, makeCall to it",
        c -> {
          c.monitor("105");
          c.send(MakeCall.of("200", "105"));
        });
    mixes.put(
        "monitor twice",
        c -> {
          c.monitor("105");
          c.monitor("105");
        });
    mixes.put("monitor, again if it failed", c -> c.monitorRetrying("105"));
    for (int n = 1; n <= 2; n++) {
      for (Map.Entry<String, Consumer<FaultCase>> mix : mixes.entrySet()) {
        all.add(
            scenario(
                "requests in flight",
                mix.getKey() + " in flight, " + n + " monitors",
                true,
                setup(n, false),
                List.of(mix.getValue())));
      }
    }
    for (int n = 0; n <= 3; n++) {
      all.add(
          new Scenario(
              "close",
              "close, " + n + " monitors",
              true,
              true,
              false,
              Duration.ZERO,
              setup(n, false),
              List.of(FaultCase::closeAsync)));
    }
    for (int n = 1; n <= 3; n++) {
      all.add(
          new Scenario(
              "close",
              "close at k while restoring " + n + " monitors",
              true,
              true,
              true,
              Duration.ZERO,
              setup(n, false),
              List.of(c -> outage(c, Outage.RESET, 0))));
      int m = n - 1;
      all.add(
          new Scenario(
              "close",
              "close at k while connecting, then " + m + " monitors",
              true,
              true,
              true,
              Duration.ZERO,
              List.of(),
              List.of(FaultCase::connect, c -> monitors(c, m))));
    }
    return all;
  }

  private static Scenario scenario(
      String family,
      String name,
      boolean tracking,
      List<Consumer<FaultCase>> setup,
      List<Consumer<FaultCase>> armed) {
    return new Scenario(family, name, tracking, false, false, Duration.ZERO, setup, armed);
  }

  /** Connects and starts {@code n} monitors, with a call alerting at each if asked. */
  private static List<Consumer<FaultCase>> setup(int n, boolean calls) {
    List<Consumer<FaultCase>> steps = new ArrayList<>();
    steps.add(FaultCase::connect);
    steps.add(c -> monitors(c, n));
    if (calls) {
      steps.add(
          c -> {
            for (int i = 0; i < n; i++) {
              c.gateway.putCall(DEVICES[i], "k" + i, LocalConnectionState.ALERTING);
              c.gateway.emit(DEVICES[i], "k" + i);
            }
          });
    }
    return steps;
  }

  private static void monitors(FaultCase c, int n) {
    for (int i = 0; i < n; i++) {
      c.monitor(DEVICES[i]);
    }
  }

  /** During the outage, the first device's call ends and the last device gets a new one. */
  private static FaultCase changeCalls(FaultCase c, int n) {
    c.gateway.putCall(DEVICES[0], "k0", null);
    c.gateway.putCall(DEVICES[n - 1], "n" + n, LocalConnectionState.CONNECTED);
    return c;
  }

  /** Starts an outage; with {@code gone > 0} the last monitored device vanishes meanwhile. */
  private static void outage(FaultCase c, Outage how, int gone) {
    if (gone > 0) {
      c.gateway.removeDevice(DEVICES[gone - 1]);
    }
    if (how == Outage.RESET) {
      c.gateway.resetAll();
    } else {
      c.gateway.terminateAll();
    }
  }

  @Test
  void everyFaultAtEveryBoundaryEndsInAValidState() {
    long t0 = System.nanoTime();
    CstaClient anchor = FaultCase.anchor(); // keeps the client threads between cases
    try {
      String only = System.getProperty("fx.only", ""); // e.g. -Dfx.only=resync
      String one = System.getProperty("fx.case", ""); // e.g. -Dfx.case='close, 1 monitors|2|RESET'
      for (Scenario s : scenarios()) {
        if (!one.isEmpty()) {
          String[] c = one.split("\\|", -1);
          if (s.name().equals(c[0])) {
            trace = true;
            boolean bad = c[2].endsWith("(bad credentials)");
            String f = c[2].replace("(bad credentials)", "");
            runCase(s, f.equals("none") ? null : Fault.valueOf(f), Integer.parseInt(c[1]), bad);
          }
        } else if (s.name().contains(only)) {
          long t = System.nanoTime();
          explore(s);
          millis.merge(s.family(), (System.nanoTime() - t) / 1_000_000, Long::sum);
        }
      }
    } finally {
      Activity.unwatch();
      anchor.close();
    }
    long secs = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
    System.out.println(
        "fault exploration: " + cases + " cases, " + violations.size() + " violations");
    System.out.println(
        "  " + secs + " s; " + diverged + " placements diverged from the fault-free run");
    print("scenario", byFamily);
    print("fault", byFault);
    byInvariant.forEach((k, n) -> System.out.printf("  invariant %-20s %4d violations%n", k, n));
    if (Boolean.getBoolean("fx.all")) {
      violations.forEach(v -> System.out.println("  " + v));
    }
    assertThat(violations.size())
        .as(
            "fault exploration: %d cases, %d violations; the first (rerun one with"
                + " -Dfx.case='<scenario>|<k>|<fault>', -Dfx.all=true lists all):%n  %s",
            cases, violations.size(), String.join("\n  ", firstOfEach(violations, 20)))
        .isZero();
  }

  private void explore(Scenario s) {
    List<String> boundaries = runCase(s, null, 0, false);
    for (int k = 1; k <= boundaries.size(); k++) {
      String[] at = boundaries.get(k - 1).split(":", 3);
      Wire.Kind kind = Wire.Kind.valueOf(at[1]);
      for (Fault f : Fault.values()) {
        if (Wire.applies(f, kind, at[2])) {
          runCase(s, f, k, false);
          if (f == Fault.ERROR_ANSWER && at[2].equals("StartApplicationSession")) {
            runCase(s, f, k, true);
          }
        }
      }
      if (s.closeAtFault()) {
        runCase(s, null, k, false); // close() at k, no fault
      }
    }
  }

  /** Runs one case and records what it broke; the boundaries it crossed. */
  private List<String> runCase(Scenario s, @Nullable Fault fault, int k, boolean permanent) {
    boolean counted = k > 0 || !s.closeAtFault();
    boolean reached = true;
    FaultCase c = new FaultCase(s, 31L * s.name().hashCode() + k);
    Map<String, List<String>> found = new LinkedHashMap<>();
    String where = "k=0 (no fault)";
    try {
      FaultCase.Status st = c.run(fault, k, permanent);
      found = FaultInvariants.check(c, st);
      if (!found.isEmpty() && st == FaultCase.Status.QUIET) {
        c.settle(c.time.instant()); // a second look, to be sure it was not a passing state
        found = FaultInvariants.check(c, st);
      }
      found.putAll(FaultInvariants.probe(c));
      if (trace) {
        System.out.println("boundaries " + c.wire.log() + "\ninjected " + c.wire.injection());
        c.heard.forEach(h -> System.out.println("heard " + h));
        c.faults.forEach(f -> System.out.println("fault " + f));
        System.out.println("handles " + (c.session() == null ? "-" : c.session().monitors()));
        System.out.println("violations " + found);
      }
      Wire.Injection inj = c.wire.injection();
      List<String> log = c.wire.log();
      if (k > 0) {
        String name = log.size() >= k ? log.get(k - 1) : "k=" + k + " (not reached)";
        where =
            name
                + " "
                + (fault == null ? "close() only" : fault + (permanent ? "(bad credentials)" : ""));
        if (fault != null && inj == null) {
          diverged++; // the fault does not fit what crossed at k this time
          reached = false;
        }
      }
      return log;
    } catch (RuntimeException | AssertionError e) {
      found.put("harness", List.of(e.toString()));
      return List.of();
    } finally {
      c.cleanUp();
      if (counted && reached) {
        record(s, fault == null ? (k == 0 ? "none" : "close only") : fault.name(), where, found);
      }
    }
  }

  private void record(Scenario s, String fault, String where, Map<String, List<String>> found) {
    cases++;
    int[] fam = byFamily.computeIfAbsent(s.family(), x -> new int[3]);
    int[] fk = byFault.computeIfAbsent(fault, x -> new int[3]);
    for (int[] n : List.of(fam, fk)) {
      n[0]++;
      n[1] += found.isEmpty() ? 0 : 1;
      n[2] += found.size();
    }
    found.forEach(
        (invariant, what) -> {
          byInvariant.merge(invariant, 1, Integer::sum);
          violations.add(
              s.name() + " | " + where + " | " + invariant + ": " + String.join("; ", what));
        });
  }

  private void print(String by, Map<String, int[]> counts) {
    counts.forEach(
        (k, n) -> {
          Long ms = millis.get(k);
          System.out.printf(
              "  %-9s %-20s %5d cases, %4d failing, %4d violations%s%n",
              by, k, n[0], n[1], n[2], ms == null ? "" : String.format(", %.1f s", ms / 1000.0));
        });
  }

  /** Up to {@code max} violations, one of each kind (what broke, numbers aside) first. */
  private static List<String> firstOfEach(List<String> all, int max) {
    Map<String, String> first = new LinkedHashMap<>();
    for (String v : all) {
      String what = v.substring(v.lastIndexOf(" | ")).split(";", -1)[0];
      first.putIfAbsent(what.replaceAll("[0-9]+", "#"), v);
    }
    List<String> out = new ArrayList<>(first.values());
    for (String v : all) {
      if (out.size() >= max) {
        break;
      }
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out.subList(0, Math.min(max, out.size()));
  }
}
