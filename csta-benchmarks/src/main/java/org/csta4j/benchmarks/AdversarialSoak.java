package org.csta4j.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.csta4j.model.OperationError;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionState;
import org.csta4j.simulator.FaultRecord;
import org.csta4j.simulator.Faults;

/**
 * The adversarial soak (a harness, not part of {@code mvn verify}): one session with N monitors and
 * calls in progress, and at least 500 faults of the simulator's kinds, a third or more of them
 * injected while a recovery is under way, aimed at its phases (right after the loss, the new
 * socket, the login, the monitor restore, the resync), plus a hostile gateway that fails the login,
 * a MonitorStart or a SnapshotDevice of a restore with a hub or CSTA error, or refuses logins as
 * busy for a while. A fault counts as "during recovery" only if the session was RECONNECTING just
 * before and just after it was injected and it hit something: a connection or session, or (for a
 * fault armed for the next responses) the answer to a restore request.
 *
 * <p>It checks, each against its baseline: lost monitors (an ACTIVE handle without a gateway
 * monitor under its cross reference id, at every quiet point and at the end, or one that delivers
 * no Delivered event at the end; LOST handles separately, each justified by an injected refusal of
 * its MonitorStart that the session reported); pending requests; unreported drops (malformed
 * frames, unknown events, half-open sockets, and every injected failure of a restore request
 * reported as the session's fault of that kind); gaps (exactly one per outage, naming exactly the
 * devices not resynced); and threads (against a baseline taken before any client ran).
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar org.csta4j.benchmarks.AdversarialSoak
 * [faults] [seed] [monitors] [maxSeconds]}; exits 1 if a check fails. A log of every injection and
 * everything the session reported goes to {@code adversarial-soak-<seed>.log} in the working
 * directory.
 */
public final class AdversarialSoak {
  /** How old the last injection must be before a quiet-point check: every fault is noticed. */
  private static final Duration SETTLED = Duration.ofMillis(300);

  /** For reproducing: {@code -Dsoak.round=0..10} runs only that kind of round (see round()). */
  private static final Integer ONLY = Integer.getInteger("soak.round");

  private static final Set<String> RESTORE_REQUESTS =
      Set.of("StartApplicationSession", "MonitorStart", "SnapshotDevice");

  private static final String[] RECOVERY_PHASES = {
    "right after the loss", "socket open", "logged in", "restoring monitors", "monitors started"
  };

  /**
   * One injection: {@code hits} is what the simulator said it hit (-1 for a fault armed for the
   * next responses), {@code mark} the size of its fault log just before.
   */
  private record Shot(
      int serial,
      long atMillis,
      SoakFault kind,
      String phase,
      SessionState before,
      SessionState after,
      int hits,
      int mark) {
    boolean whileReconnecting() {
      return before == SessionState.RECONNECTING && after == SessionState.RECONNECTING;
    }

    /** Faults armed by one call replace those armed by an earlier one of the same family. */
    boolean sameFamily(SoakFault other) {
      return family(kind).equals(family(other));
    }

    /** The gateway's record of an armed fault applied to a response. */
    static String family(SoakFault kind) {
      return switch (kind) {
        case SLOW_RESPONSES -> SoakGateway.Applied.DELAYED;
        case HUB_ERRORS, CSTA_ERRORS -> SoakGateway.Applied.FAILED;
        case REFUSED_LOGINS -> SoakGateway.Applied.REFUSED;
        default -> kind.name();
      };
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "#%d +%d ms %s [%s] %s->%s hits %d",
          serial,
          atMillis,
          kind,
          phase,
          before,
          after,
          hits);
    }
  }

  /** A half-open socket not noticed yet: the outage it must cause. */
  private record HalfOpen(long since, int outages, boolean mustBeNoticed, int serial) {}

  /** Responses armed to fail or be delayed, possibly not all taken yet. */
  private record Armed(long since, int mark) {}

  private final SoakGateway gateway;
  private final SoakRecorder recorder;
  private final SoakRequests requests = new SoakRequests();
  private final Random random;
  private final long seed;
  private final long started = System.nanoTime();
  private final List<Shot> shots = new ArrayList<>();
  private final List<SoakRecorder.Line> log = new ArrayList<>();
  private final List<HalfOpen> halfOpen = new ArrayList<>();
  private final List<Armed> armed = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  // case -> rounds, failures armed, failures landed on the target, rounds verified
  private final Map<String, int[]> hostile = new TreeMap<>();
  private final Set<Integer> verifiedOutages = new HashSet<>();
  private final Set<Integer> verifiedClean = new HashSet<>();
  private final CstaSession session;
  private long lastShot = System.nanoTime();

  // quiet-point figures
  private int samples;
  private int probes;
  private int probesDelivered;
  private int restoreFailuresVerified;
  private int failedAttemptsVerified;
  private int malformedSteady;
  private int malformedReported;
  private int unknownSteady;
  private int unknownDelivered;
  private int halfOpenSteady;
  private int halfOpenNoticed;
  private int disturbed;

  private AdversarialSoak(
      SoakGateway gateway, SoakRecorder recorder, CstaSession session, long seed) {
    this.gateway = gateway;
    this.recorder = recorder;
    this.session = session;
    this.seed = seed;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws Exception {
    int faults = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
    int monitors = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int maxSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 540;
    System.out.printf(
        Locale.ROOT,
        "adversarial soak: %d faults, %d monitors, seed %d, at most %d s%n",
        faults,
        monitors,
        seed,
        maxSeconds);
    SoakThreads threads = SoakThreads.baseline();
    SoakReport report = new SoakReport();
    SoakRecorder recorder = new SoakRecorder();
    try (SoakGateway gateway = new SoakGateway(monitors);
        CstaClient client = SoakSetup.client(gateway, recorder, seed)) {
      CstaSession session = client.connect().get(30, TimeUnit.SECONDS);
      recorder.attach(session);
      for (String d : gateway.devices()) {
        session.monitor(d).get(30, TimeUnit.SECONDS);
      }
      new AdversarialSoak(gateway, recorder, session, seed)
          .run(report, threads, faults, maxSeconds);
    }
    SoakChecks.threadsAfterClose(report, threads);
    report.print();
    System.exit(report.passed() ? 0 : 1);
  }

  private void run(SoakReport report, SoakThreads threads, int faults, int maxSeconds)
      throws Exception {
    int connectedThreads = SoakThreads.names().size();
    requests.drive(session, gateway.devices(), seed + 1);
    long deadline = started + TimeUnit.SECONDS.toNanos(maxSeconds);
    int stuck = 0;
    int reported = 0;
    while (shots.size() < faults && System.nanoTime() < deadline && stuck < 3) {
      stuck = round() ? 0 : stuck + 1;
      if (shots.size() >= reported + 50) {
        reported = shots.size();
        progress();
      }
    }
    requests.stopDriving();

    // settle: the last faults noticed, every outage over, then the quiet-point checks once more
    checkpoint(awaitQuiet(Duration.ofSeconds(60)), false);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    faultRows(report, faults, seconds);
    SoakChecks.endOfSoak(report, session, gateway, recorder, requests, threads, connectedThreads);
    quietRows(report);
    report.zero("violations at quiet points and in the steady checks", violations.size());
    violations.forEach(report::detail);
    writeLog();
  }

  // ------------------------------------------------------------------ rounds

  /** One round of faults; false if the session did not get quiet (ACTIVE) in time for it. */
  private boolean round() throws InterruptedException {
    long during = count(duringRecovery());
    int r = ONLY == null ? random.nextInt(11) : ONLY;
    if (ONLY == null && shots.size() > 20 && during * 100 < shots.size() * 38L) {
      r = 0; // keep well above a third during recovery
    }
    if (r < 4) {
      return recoveryChain();
    } else if (r < 6) {
      return hostileRestore();
    } else if (r < 9) {
      return steady();
    } else {
      burst();
      return true;
    }
  }

  /**
   * A fault that ends the connection, then one to three more aimed at phases of the recovery it
   * starts: each next one at a later attempt if the last one broke the attempt.
   */
  private boolean recoveryChain() throws InterruptedException {
    if (!quiet(Duration.ofSeconds(30))) {
      return false;
    }
    int outages = recorder.outagesBegun();
    Set<String> seen = new HashSet<>(gateway.sim().connectionIds());
    SoakFault breaker =
        random.nextInt(6) == 0
            ? SoakFault.HALF_OPEN
            : new ArrayList<>(SoakFault.BREAKING).get(random.nextInt(SoakFault.BREAKING.size()));
    fire(breaker, "ACTIVE");
    Duration noticed =
        breaker == SoakFault.HALF_OPEN
            ? SoakSetup.HALF_OPEN_NOTICED.plusSeconds(2)
            : Duration.ofSeconds(3);
    if (!recorder.await(() -> recorder.outagesBegun() > outages, noticed)) {
      return true; // counted by the latent checks
    }
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n && session.state() == SessionState.RECONNECTING; i++) {
      int suspended = toRestore();
      String phase = RECOVERY_PHASES[random.nextInt(RECOVERY_PHASES.length)];
      if (!phase.equals(RECOVERY_PHASES[0]) && random.nextInt(4) == 0) {
        // a slow gateway widens the window: login and MonitorStart answers come late
        int k = 1 + suspended;
        fire(
            SoakFault.SLOW_RESPONSES,
            "widening the window",
            () -> {
              gateway.sim().faults().delayNextResponses(k, Duration.ofMillis(150));
              return -1;
            });
      }
      if (!awaitPhase(phase, seen, suspended, Duration.ofSeconds(3))) {
        if (session.state() != SessionState.RECONNECTING) {
          break;
        }
        phase = "waiting for an attempt";
      }
      seen.addAll(gateway.sim().connectionIds());
      fire(SoakFault.any(random), phase);
    }
    return true;
  }

  /** Polls the gateway until the recovery reaches {@code phase}; false if it ended or timed out. */
  private boolean awaitPhase(String phase, Set<String> seen, int suspended, Duration max)
      throws InterruptedException {
    if (phase.equals(RECOVERY_PHASES[0])) {
      TimeUnit.MILLISECONDS.sleep(random.nextInt(30));
      return session.state() == SessionState.RECONNECTING;
    }
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      if (session.state() != SessionState.RECONNECTING) {
        return false;
      }
      if (phase.equals(RECOVERY_PHASES[1])) {
        for (String id : gateway.sim().connectionIds()) {
          if (!seen.contains(id)) {
            return true;
          }
        }
      } else {
        for (Map.Entry<String, Set<String>> e : gateway.sim().monitorIdsByConnection().entrySet()) {
          if (seen.contains(e.getKey())) {
            continue;
          }
          int held = e.getValue().size();
          boolean reached =
              switch (phase) {
                case "logged in" -> held == 0;
                case "restoring monitors" -> held > 0 && held < suspended;
                default -> held >= suspended;
              };
          if (reached) {
            return true;
          }
        }
      }
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500));
    }
    return false;
  }

  /**
   * A hostile gateway, with nothing else going on: a TCP reset, then the restore's login, some of
   * its MonitorStarts or some of its SnapshotDevices answered with a hub error or a CSTA error. A
   * delayed login answer (and delayed MonitorStart answers) make sure the failures are armed before
   * the requests they are meant for. The quiet point after it checks every failure that landed
   * against what the session reported.
   */
  private boolean hostileRestore() throws InterruptedException {
    if (!quiet(Duration.ofSeconds(30))) {
      return false;
    }
    int outages = recorder.outagesBegun();
    int mark = gateway.faultCount();
    if (fire(SoakFault.TCP_RESET, "ACTIVE") != 1
        || !recorder.await(() -> recorder.outagesBegun() > outages, Duration.ofSeconds(3))) {
      return true;
    }
    String[] targets = {"StartApplicationSession", "MonitorStart", "SnapshotDevice", "refused"};
    String target = targets[random.nextInt(targets.length)];
    if (target.equals(targets[3])) {
      // logins refused as busy for a while, from the moment the outage is heard
      fire(SoakFault.REFUSED_LOGINS, "hostile: before the login");
      quiet(Duration.ofSeconds(30));
      long refusals =
          SoakGateway.Applied.all(gateway.faultsSince(mark)).stream()
              .filter(a -> a.fault().equals(SoakGateway.Applied.REFUSED))
              .count();
      int[] figures = hostile.computeIfAbsent("login refused as busy", t -> new int[4]);
      boolean verified = verifiedClean.contains(outages) && recorder.outagesBegun() == outages + 1;
      figures[0]++;
      figures[2] += (int) refusals;
      figures[3] += verified ? 1 : 0;
      note(
          "hostile round: "
              + refusals
              + " logins refused, "
              + (verified ? "verified" : "not verified"));
      return true;
    }
    boolean hub = random.nextBoolean();
    int suspended = toRestore();
    int k =
        target.equals(targets[0]) || suspended == 0
            ? 1
            : 1 + random.nextInt(Math.min(3, suspended));
    SoakFault kind = hub ? SoakFault.HUB_ERRORS : SoakFault.CSTA_ERRORS;
    note("hostile round: " + k + " " + target + " answers to fail, " + suspended + " suspended");
    IntSupplier fail =
        () -> {
          Faults f = gateway.sim().faults();
          if (hub) {
            f.failNextResponses(k, SoakFault.HUB_ERROR);
          } else {
            f.failNextResponses(k, OperationError.GENERIC);
          }
          return -1;
        };
    Duration late = Duration.ofMillis(250);
    if (!target.equals(targets[0])) {
      fire(SoakFault.SLOW_RESPONSES, "hostile: before the login", delay(1, late));
      if (!awaitApplied(mark, targets[0], 1, Duration.ofSeconds(3))) {
        note("hostile round for " + target + " given up: the login answer was not delayed");
        return true;
      }
      if (target.equals(targets[2])) {
        fire(SoakFault.SLOW_RESPONSES, "hostile: logged in", delay(suspended, late));
        if (!awaitApplied(mark, targets[1], suspended, Duration.ofSeconds(3))) {
          note(
              "hostile round for "
                  + target
                  + " given up: not every MonitorStart answer was delayed; "
                  + gateway.faultsSince(mark));
          return true;
        }
      }
    }
    fire(kind, "hostile: before " + target, fail);
    boolean quiet = quiet(Duration.ofSeconds(30));
    long landed =
        SoakGateway.Applied.all(gateway.faultsSince(mark)).stream()
            .filter(a -> a.failed() && a.target().equals(target))
            .count();
    int[] figures =
        hostile.computeIfAbsent(target + (hub ? " / hub error" : " / CSTA error"), t -> new int[4]);
    boolean verified = verifiedClean.contains(outages) && recorder.outagesBegun() == outages + 1;
    figures[0]++;
    figures[1] += k;
    figures[2] += (int) landed;
    figures[3] += verified ? 1 : 0;
    note(
        "hostile round: "
            + k
            + " "
            + target
            + " answers failed, "
            + landed
            + " landed there, "
            + (verified ? "verified" : "not verified (another outage or no clean sample)"));
    return quiet;
  }

  /** One fault while the session is ACTIVE and quiet, and the checks a quiet session allows. */
  private boolean steady() throws InterruptedException {
    if (!quiet(Duration.ofSeconds(30))) {
      return false;
    }
    // half the time a fault whose report a quiet session lets us check one by one
    SoakFault[] checked = {SoakFault.MALFORMED_FRAME, SoakFault.UNKNOWN_EVENT, SoakFault.HALF_OPEN};
    SoakFault kind =
        random.nextBoolean() ? checked[random.nextInt(checked.length)] : SoakFault.any(random);
    int outages = recorder.outagesBegun();
    int malformed = recorder.malformedReports();
    int serial = shots.size();
    int hits = fire(kind, "ACTIVE");
    if (hits != 1) {
      return true;
    }
    Duration wait = Duration.ofSeconds(2);
    if (kind == SoakFault.MALFORMED_FRAME) {
      malformedSteady++;
      boolean reported = recorder.await(() -> recorder.malformedReports() > malformed, wait);
      if (reported) {
        malformedReported++;
      } else if (recorder.outagesBegun() != outages) {
        malformedSteady--;
        disturbed++;
      } else {
        violation("malformed frame " + serial + " (session ACTIVE throughout) not reported");
      }
    } else if (kind == SoakFault.UNKNOWN_EVENT) {
      unknownSteady++;
      String name = SoakFault.unknownEventName(serial);
      boolean delivered = recorder.await(() -> recorder.sawUnknownEvent(name), wait);
      if (delivered) {
        unknownDelivered++;
      } else if (recorder.outagesBegun() != outages) {
        unknownSteady--;
        disturbed++;
      } else {
        violation("unknown event " + name + " (session ACTIVE throughout) not delivered");
      }
    }
    return true;
  }

  /** Two to five faults in quick succession, whatever state the session is in. */
  private void burst() throws InterruptedException {
    int n = 2 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      fire(SoakFault.any(random), "burst");
      TimeUnit.MILLISECONDS.sleep(random.nextInt(150));
    }
  }

  // ------------------------------------------------------------------ injecting

  private int fire(SoakFault kind, String phase) {
    int serial = shots.size();
    return fire(kind, phase, () -> kind.inject(gateway, random, serial));
  }

  private int fire(SoakFault kind, String phase, IntSupplier action) {
    int serial = shots.size();
    int mark = gateway.faultCount();
    int outages = recorder.outagesBegun();
    SessionState before = session.state();
    int hits = action.getAsInt();
    SessionState after = session.state();
    lastShot = System.nanoTime();
    Shot shot =
        new Shot(
            serial,
            TimeUnit.NANOSECONDS.toMillis(lastShot - started),
            kind,
            phase,
            before,
            after,
            hits,
            mark);
    shots.add(shot);
    log.add(new SoakRecorder.Line(lastShot, "fault " + shot));
    if (kind == SoakFault.HALF_OPEN && hits > 0) {
      boolean steady = before == SessionState.ACTIVE && after == SessionState.ACTIVE && hits == 1;
      halfOpen.add(new HalfOpen(lastShot, outages, steady && phase.equals("ACTIVE"), serial));
    }
    if (SoakFault.ARMED.contains(kind)) {
      armed.add(new Armed(lastShot, mark));
    }
    return hits;
  }

  private IntSupplier delay(int count, Duration by) {
    return () -> {
      gateway.sim().faults().delayNextResponses(count, by);
      return -1;
    };
  }

  /** Waits until the gateway applied {@code count} faults to {@code target} responses. */
  private boolean awaitApplied(int mark, String target, int count, Duration max)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      long n =
          SoakGateway.Applied.all(gateway.faultsSince(mark)).stream()
              .filter(a -> a.target().equals(target))
              .count();
      if (n >= count) {
        return true;
      }
      if (session.state() != SessionState.RECONNECTING) {
        return false;
      }
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500));
    }
    return false;
  }

  // ------------------------------------------------------------------ quiet points

  /**
   * Waits until the session is ACTIVE (and its listener has heard so), every half-open socket
   * injected has been noticed, every armed response has been taken, and the last injection is
   * {@link #SETTLED} old; false at the timeout.
   */
  private boolean awaitQuiet(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      long now = System.nanoTime();
      for (Iterator<HalfOpen> it = halfOpen.iterator(); it.hasNext(); ) {
        HalfOpen h = it.next();
        boolean noticed = recorder.outagesBegun() > h.outages;
        boolean late = now - h.since > SoakSetup.HALF_OPEN_NOTICED.plusMillis(1500).toNanos();
        if (h.mustBeNoticed && (noticed || late)) {
          halfOpenSteady++;
          if (noticed) {
            halfOpenNoticed++;
          } else {
            violation(
                "half-open socket of fault " + h.serial + " not noticed: session still ACTIVE");
          }
        }
        if (noticed || late) {
          it.remove();
        }
      }
      armed.removeIf(a -> taken(a, now));
      if (halfOpen.isEmpty()
          && armed.isEmpty()
          && now - lastShot >= SETTLED.toNanos()
          && session.state() == SessionState.ACTIVE
          && recorder.lastState() == SessionState.ACTIVE) {
        return true;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    return false;
  }

  /** Whether an armed fault is spent: nothing applied for a while since it was armed. */
  private boolean taken(Armed a, long now) {
    if (now - a.since > Duration.ofSeconds(4).plus(SoakFault.LONG_DELAY).toNanos()) {
      return true; // never taken (a restart dropped it, or no request came): harmless
    }
    List<SoakGateway.Applied> applied = SoakGateway.Applied.all(gateway.faultsSince(a.mark));
    if (applied.isEmpty() || now - a.since < TimeUnit.MILLISECONDS.toNanos(500)) {
      return false;
    }
    Instant done = Instant.EPOCH;
    for (SoakGateway.Applied x : applied) {
      Instant sent = x.at().plusMillis(x.delayMillis());
      done = sent.isAfter(done) ? sent : done;
    }
    // a late keepalive answer is noticed by its timeout, before the answer is sent
    return Instant.now().isAfter(done.plusMillis(300));
  }

  /** Waits for a quiet session and checks it; false if it did not get quiet. */
  private boolean quiet(Duration max) throws InterruptedException {
    boolean quiet = awaitQuiet(max);
    checkpoint(quiet, true);
    return quiet;
  }

  /**
   * The checks of a quiet session: no ACTIVE handle without its gateway monitor, no SUSPENDED
   * handle, the last outage's restore failures all reported; then LOST devices are asked for again.
   */
  private void checkpoint(boolean quiet, boolean askAgain) throws InterruptedException {
    if (!quiet) {
      violation(
          "the session was not ACTIVE and quiet within the wait: "
              + session.state()
              + ", half-open pending "
              + halfOpen.size()
              + ", armed pending "
              + armed.size());
      return;
    }
    SoakMonitors.Sample s = SoakMonitors.sample(session, gateway, recorder);
    if (s != null && !s.clean()) {
      TimeUnit.MILLISECONDS.sleep(200); // a second look: the same problem, still ACTIVE
      SoakMonitors.Sample again = SoakMonitors.sample(session, gateway, recorder);
      if (again != null && !again.clean()) {
        violation("lost monitors at a quiet point: " + again.describe());
      }
      s = again;
    }
    if (s == null) {
      return;
    }
    samples++;
    if (s.connection() != null) {
      verifyLastOutage(s.connection());
    }
    probe();
    if (askAgain) {
      SoakMonitors.restoreLost(session, requests);
    }
  }

  /**
   * Rings one ACTIVE monitor, drawn at random: it must deliver a Delivered event unless the session
   * left ACTIVE meanwhile.
   */
  private void probe() throws InterruptedException {
    List<Monitor> active =
        session.monitors().stream().filter(m -> m.state() == MonitorState.ACTIVE).toList();
    if (active.isEmpty()) {
      return;
    }
    Monitor m = active.get(random.nextInt(active.size()));
    int changes = recorder.changes();
    boolean delivered =
        SoakMonitors.delivers(session, m, gateway, requests, SoakSetup.REQUEST_TIMEOUT);
    if (delivered) {
      probesDelivered++;
    } else if (recorder.changes() == changes && m.state() == MonitorState.ACTIVE) {
      violation("monitor " + m.device() + " ACTIVE at a quiet point delivered no Delivered");
    }
    probes++;
  }

  /**
   * The most recent outage, now that its connection is known (the gateway connection that holds the
   * handles' monitors): every failure the gateway applied to a restore request of it is reported as
   * the session's fault of that kind, and every attempt on another connection that got one failed.
   */
  private void verifyLastOutage(String committed) {
    int index = recorder.outagesBegun() - 1;
    if (index < 0 || verifiedOutages.contains(index)) {
      return;
    }
    SoakRecorder.Outage o = recorder.outage(index);
    Gap gap = o.gap();
    if (!o.ended() || gap == null) {
      return;
    }
    verifiedOutages.add(index);
    Map<String, Integer> onCommitted = new TreeMap<>();
    Set<String> failedAttempts = new TreeSet<>();
    for (SoakGateway.Applied a : SoakGateway.Applied.all(gateway.faultsSince(0))) {
      boolean restoreRequest = RESTORE_REQUESTS.contains(a.target());
      if (!a.failed()
          || !restoreRequest
          || a.at().isBefore(gap.began())
          || a.at().isAfter(gap.ended())) {
        continue;
      }
      if (a.connection().equals(committed)) {
        onCommitted.merge(a.target(), 1, Integer::sum);
      } else {
        failedAttempts.add(a.connection());
      }
    }
    int starts = onCommitted.getOrDefault("MonitorStart", 0);
    int snapshots = onCommitted.getOrDefault("SnapshotDevice", 0);
    int logins = onCommitted.getOrDefault("StartApplicationSession", 0);
    int refusedReports = o.count(SessionFault.Kind.MONITOR_RESTORE_FAILED);
    int snapshotReports = o.count(SessionFault.Kind.RESYNC_FAILED);
    int attemptReports = o.count(SessionFault.Kind.RECONNECT_FAILED);
    if (starts != refusedReports || snapshots != snapshotReports || logins != 0) {
      violation(
          String.format(
              Locale.ROOT,
              "outage %d committed on %s: the gateway failed %d MonitorStart, %d SnapshotDevice,"
                  + " %d login answers of it; the session reported %d MONITOR_RESTORE_FAILED, %d"
                  + " RESYNC_FAILED (gap %s)",
              index,
              committed,
              starts,
              snapshots,
              logins,
              refusedReports,
              snapshotReports,
              gap));
    } else {
      restoreFailuresVerified += starts + snapshots;
      verifiedClean.add(index);
    }
    if (failedAttempts.size() > attemptReports) {
      violation(
          String.format(
              Locale.ROOT,
              "outage %d: restore requests failed on %d other connections %s, but %d"
                  + " RECONNECT_FAILED",
              index,
              failedAttempts.size(),
              failedAttempts,
              attemptReports));
    } else {
      failedAttemptsVerified += failedAttempts.size();
    }
    if (failedAttempts.size() > attemptReports) {
      verifiedClean.remove(index);
    }
  }

  // ------------------------------------------------------------------ counting

  /**
   * What each injection did: for a fault that hits connections or sessions, how many; for an armed
   * one, how many responses the gateway then failed or delayed (before the next arming of its
   * family), and whether one of them answered a restore request (login, MonitorStart,
   * SnapshotDevice).
   */
  private record Effect(int hit, boolean restoreRequest) {}

  private List<Effect> effects() {
    List<FaultRecord> records = gateway.faultsSince(0);
    List<Effect> effects = new ArrayList<>();
    for (int i = 0; i < shots.size(); i++) {
      Shot s = shots.get(i);
      if (!SoakFault.ARMED.contains(s.kind())) {
        effects.add(new Effect(s.hits(), false));
        continue;
      }
      int end = records.size();
      for (int j = i + 1; j < shots.size(); j++) {
        if (s.sameFamily(shots.get(j).kind())) {
          end = shots.get(j).mark();
          break;
        }
      }
      String fault = Shot.family(s.kind());
      int hit = 0;
      boolean restore = false;
      for (SoakGateway.Applied a :
          SoakGateway.Applied.all(records.subList(Math.min(s.mark(), end), end))) {
        if (a.fault().equals(fault)) {
          hit++;
          restore |= RESTORE_REQUESTS.contains(a.target());
        }
      }
      effects.add(new Effect(hit, restore));
    }
    return effects;
  }

  /**
   * The injections that count as "during recovery": the session was RECONNECTING just before and
   * just after, and the fault hit a connection or session, or (armed) failed or delayed the answer
   * to a restore request.
   */
  private boolean[] duringRecovery() {
    List<Effect> effects = effects();
    boolean[] during = new boolean[shots.size()];
    for (int i = 0; i < during.length; i++) {
      Shot s = shots.get(i);
      Effect e = effects.get(i);
      boolean armed = SoakFault.ARMED.contains(s.kind());
      during[i] = s.whileReconnecting() && (armed ? e.restoreRequest() : e.hit() > 0);
    }
    return during;
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }

  // ------------------------------------------------------------------ the report

  private void faultRows(SoakReport report, int faults, long seconds) {
    boolean[] flags = duringRecovery();
    List<Effect> effects = effects();
    int during = count(flags);
    report.check(
        "faults injected",
        ">= " + faults,
        shots.size() + " in " + seconds + " s",
        shots.size() >= faults);
    report.check(
        "of them during a recovery (RECONNECTING before and after; hit a connection, or an"
            + " armed fault then hit a restore request)",
        ">= " + (shots.size() + 2) / 3,
        during,
        during * 3 >= shots.size());
    Map<SoakFault, int[]> byKind = new EnumMap<>(SoakFault.class);
    Map<String, Integer> byPhase = new TreeMap<>();
    int reconnecting = 0;
    for (int i = 0; i < shots.size(); i++) {
      Shot s = shots.get(i);
      int[] k = byKind.computeIfAbsent(s.kind(), x -> new int[3]);
      k[0]++;
      k[1] += flags[i] ? 1 : 0;
      k[2] += effects.get(i).hit() == 0 ? 1 : 0;
      reconnecting += s.whileReconnecting() ? 1 : 0;
      if (flags[i]) {
        byPhase.merge(s.phase(), 1, Integer::sum);
      }
    }
    report.info("injected while RECONNECTING (whatever they hit)", reconnecting);
    report.info(
        "by kind: injected / during recovery / hit nothing",
        byKind.entrySet().stream()
            .map(
                e ->
                    e.getKey().label
                        + " "
                        + e.getValue()[0]
                        + "/"
                        + e.getValue()[1]
                        + "/"
                        + e.getValue()[2])
            .collect(Collectors.joining(", ")));
    report.info("during recovery, by phase", byPhase);
    report.info("gateway restarts", gateway.restarts());
  }

  private void quietRows(SoakReport report) {
    report.info(
        "quiet points checked / outages verified against the gateway's fault log",
        samples + " / " + verifiedOutages.size());
    report.info(
        "monitors rung at quiet points / delivered a Delivered", probes + " / " + probesDelivered);
    report.check(
        "malformed frames (session ACTIVE, one connection) reported as MALFORMED_MESSAGE",
        malformedSteady,
        malformedReported,
        malformedReported == malformedSteady);
    long sent =
        shots.stream()
            .filter(s -> s.kind() == SoakFault.MALFORMED_FRAME)
            .mapToLong(s -> Math.max(0, s.hits()))
            .sum();
    int reported = recorder.faultCounts().getOrDefault(SessionFault.Kind.MALFORMED_MESSAGE, 0);
    // a frame that reaches a new socket before the SignalR handshake answer fails that attempt
    long handshakes =
        recorder.outages().stream()
            .flatMap(o -> o.faults().stream())
            .filter(f -> f.kind() == SessionFault.Kind.RECONNECT_FAILED)
            .filter(f -> f.message().contains("invalid handshake"))
            .count();
    report.check(
        "malformed frames sent in all: reported as MALFORMED_MESSAGE + failed an attempt's"
            + " handshake (never more)",
        sent + " sent",
        reported + " + " + handshakes + ", " + (sent - reported - handshakes) + " not reported",
        reported + handshakes <= sent);
    if (reported + handshakes < sent) {
      report.detail(
          "some malformed frame sent while the session was not ACTIVE was not reported (it"
              + " reached a connection being replaced?); the frames sent then: faults "
              + shots.stream()
                  .filter(x -> x.kind() == SoakFault.MALFORMED_FRAME && x.hits() > 0)
                  .filter(x -> x.before() != SessionState.ACTIVE)
                  .map(x -> "#" + x.serial())
                  .collect(Collectors.joining(" ")));
    }
    List<Shot> unknown =
        shots.stream().filter(x -> x.kind() == SoakFault.UNKNOWN_EVENT && x.hits() > 0).toList();
    long delivered =
        unknown.stream()
            .filter(x -> recorder.sawUnknownEvent(SoakFault.unknownEventName(x.serial())))
            .count();
    report.info(
        "unknown events sent to a logged-in session in all / delivered",
        unknown.size() + " / " + delivered);
    report.check(
        "unknown events (session ACTIVE) delivered as UnknownEvent",
        unknownSteady,
        unknownDelivered,
        unknownDelivered == unknownSteady);
    report.check(
        "half-open sockets (session ACTIVE) noticed, the session reconnected",
        halfOpenSteady,
        halfOpenNoticed,
        halfOpenNoticed == halfOpenSteady);
    report.info("steady checks disturbed by an outage (not counted)", disturbed);
    report.info(
        "restore failures the gateway applied that the session reported by kind",
        restoreFailuresVerified
            + " on committing connections; "
            + failedAttemptsVerified
            + " failed attempts on other connections");
    report.info(
        "hostile restores: rounds / failures armed / landed on the target / rounds verified",
        hostile.entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + " "
                        + e.getValue()[0]
                        + "/"
                        + e.getValue()[1]
                        + "/"
                        + e.getValue()[2]
                        + "/"
                        + e.getValue()[3])
            .collect(Collectors.joining(", ")));
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The handles a restore starts again: those not LOST (ACTIVE ones included: the listener may hear
   * RECONNECTING before the engine has suspended them).
   */
  private int toRestore() {
    int n = 0;
    for (Monitor m : session.monitors()) {
      n += m.state() == MonitorState.ACTIVE || m.state() == MonitorState.SUSPENDED ? 1 : 0;
    }
    return n;
  }

  private void violation(String what) {
    String line = "after fault #" + (shots.size() - 1) + ": " + what;
    violations.add(line);
    note("VIOLATION " + line);
    System.out.println("VIOLATION " + line);
  }

  /** A line for the log, in order with the injections. */
  private void note(String what) {
    log.add(new SoakRecorder.Line(System.nanoTime(), what));
  }

  private void progress() {
    System.out.printf(
        Locale.ROOT,
        "  %d faults, %d during recovery, %d outages, %d s%n",
        shots.size(),
        count(duringRecovery()),
        recorder.outagesBegun(),
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  private void writeLog() throws IOException {
    Path file = Path.of("adversarial-soak-" + seed + ".log");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      List<SoakRecorder.Line> all = new ArrayList<>(log);
      all.addAll(recorder.timeline());
      all.sort(Comparator.comparingLong(SoakRecorder.Line::nanos));
      for (SoakRecorder.Line l : all) {
        w.printf(Locale.ROOT, "%9.3f s %s%n", (l.nanos() - started) / 1e9, l.text());
      }
    }
    System.out.println("log: " + file.toAbsolutePath());
  }
}
