package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;

/**
 * The checks every soak makes once its faults have stopped and the session has settled, each
 * against its baseline, as rows of a {@link SoakReport}.
 */
final class SoakChecks {
  private SoakChecks() {}

  /**
   * The session, its monitors, its requests, its gaps and its threads at the end of a soak, before
   * the client is closed. LOST devices are asked for again (as an application does) before the
   * Delivered check.
   */
  static void endOfSoak(
      SoakReport report,
      CstaSession session,
      SoakGateway gateway,
      SoakRecorder recorder,
      SoakRequests requests,
      SoakThreads threads,
      int connectedThreads)
      throws InterruptedException {
    int n = gateway.devices().size();
    report.check(
        "session ACTIVE at the end",
        SessionState.ACTIVE,
        session.state(),
        session.state() == SessionState.ACTIVE);

    // lost monitors: ACTIVE without the gateway's monitor, SUSPENDED in an ACTIVE session, silent
    SoakMonitors.Sample end = SoakMonitors.sample(session, gateway, recorder);
    report.zero(
        "lost monitors at the end: ACTIVE without a gateway monitor, or SUSPENDED",
        end == null ? n : end.lost().size() + end.suspended().size());
    if (end != null && !end.clean()) {
      report.detail(end.describe());
    }
    int lostAtEnd = end == null ? n : end.lostHandles().size();
    int back = SoakMonitors.restoreLost(session, requests);
    List<String> silent =
        SoakMonitors.undelivered(session, gateway, requests, Duration.ofSeconds(10));
    report.check(
        "monitors that deliver a Delivered for a new call at the end",
        n,
        n - silent.size(),
        silent.isEmpty());
    if (!silent.isEmpty()) {
      report.detail("no Delivered on " + silent);
    }
    SoakMonitors.Sample last = SoakMonitors.sample(session, gateway, recorder);
    int refused = recorder.faultCounts().getOrDefault(SessionFault.Kind.MONITOR_RESTORE_FAILED, 0);
    long justified = justifiedLost(report, gateway, recorder);
    report.check(
        "handles LOST in the soak, each for an injected MonitorStart refusal named by its gap",
        refused + " MONITOR_RESTORE_FAILED",
        justified + " justified",
        justified == refused);
    report.info("handles LOST at the end / brought back by asking again", lostAtEnd + " / " + back);
    report.zero("handles LOST after asking again", last == null ? n : last.lostHandles().size());
    orphans(report, gateway, end);

    int pending = requests.awaitSettled(Duration.ofSeconds(15));
    report.zero("requests still pending (driver and harness)", pending);
    report.info("requests by outcome", requests.outcomes());

    gaps(report, recorder);
    report.info("session faults reported", recorder.faultCounts());

    int endThreads = SoakThreads.names().size();
    Set<String> transports = SoakThreads.transportsAlive();
    int connections = gateway.sim().connectionIds().size();
    report.info(
        "threads: before any client / connected / at the end of the soak",
        threads.baselineCount() + " / " + connectedThreads + " / " + endThreads);
    report.check("transports with threads alive at the end", 1, transports, transports.size() == 1);
    report.check("gateway connections at the end", 1, connections, connections == 1);
  }

  /** After the client and the gateway are closed: no thread beyond the baseline is left. */
  static void threadsAfterClose(SoakReport report, SoakThreads threads)
      throws InterruptedException {
    List<String> left = threads.beyondBaseline(Duration.ofSeconds(30));
    report.check(
        "threads after close beyond the baseline (RxJava/OkHttp/Okio globals aside)",
        threads.baselineCount() + " threads before any client",
        left.isEmpty() ? "0" : left.size() + ": " + left,
        left.isEmpty());
    report.info(
        "threads after close, all (of them library globals)",
        SoakThreads.names().size() + " (" + SoakThreads.libraryGlobals() + ")");
  }

  private static void gaps(SoakReport report, SoakRecorder recorder) {
    List<SoakRecorder.Outage> all = recorder.outages();
    long ended = all.stream().filter(SoakRecorder.Outage::ended).count();
    List<Gap> gaps = recorder.gaps();
    report.check(
        "gaps: one per outage (ACTIVE -> RECONNECTING, one Gap, ACTIVE)",
        all.size() + " outages, " + ended + " ended",
        gaps.size() + " gaps",
        gaps.size() == ended && ended == all.size());
    List<Duration> d = gaps.stream().map(Gap::duration).sorted().toList();
    report.info(
        "gap duration: median / longest",
        d.isEmpty()
            ? "-"
            : d.get(d.size() / 2).toMillis() + " ms / " + d.get(d.size() - 1).toMillis() + " ms");
    report.info(
        "outages heard (onStateChanged ACTIVE -> RECONNECTING) while a handle still read ACTIVE",
        recorder.activeAtReconnecting() + " of " + all.size());
    List<String> violations = recorder.violations();
    report.zero(
        "listener order and gap contents (restore faults inside outages, notResynced exact)",
        violations.size());
    violations.forEach(v -> report.detail("listener: " + v));
  }

  /**
   * For every outage, the MONITOR_RESTORE_FAILED it reported against the MonitorStart refusals the
   * gateway applied within it (on any connection), each device named by the gap: returns the LOST
   * handles so justified.
   */
  private static long justifiedLost(SoakReport report, SoakGateway gateway, SoakRecorder recorder) {
    List<SoakGateway.Applied> applied = SoakGateway.Applied.all(gateway.faultsSince(0));
    long justified = 0;
    for (SoakRecorder.Outage o : recorder.outages()) {
      Gap gap = o.gap();
      int reports = o.count(SessionFault.Kind.MONITOR_RESTORE_FAILED);
      if (reports == 0) {
        continue;
      }
      long refusals =
          gap == null
              ? 0
              : applied.stream()
                  .filter(a -> a.failed() && a.target().equals("MonitorStart"))
                  .filter(a -> !a.at().isBefore(gap.began()) && !a.at().isAfter(gap.ended()))
                  .count();
      Set<String> lost = SoakRecorder.devices(o.faults(), SessionFault.Kind.MONITOR_RESTORE_FAILED);
      if (gap != null && refusals >= reports && gap.notResynced().containsAll(lost)) {
        justified += reports;
      } else {
        report.detail(
            "outage "
                + o.index()
                + ": LOST "
                + lost
                + " with "
                + refusals
                + " MonitorStart refusals injected; gap "
                + gap);
      }
    }
    return justified;
  }

  /**
   * Monitors on the session's gateway connection that no handle holds. The simulator starts a
   * monitor before it replaces the answer with an injected failure, and a delayed answer may come
   * after the request timed out: each is explained by a failed or delayed MonitorStart answer on
   * that connection; any more would be a monitor the session forgot.
   */
  private static void orphans(
      SoakReport report, SoakGateway gateway, SoakMonitors.@Nullable Sample end) {
    String connection = end == null ? null : end.connection();
    if (end == null || connection == null) {
      report.check("gateway monitors that no handle holds", "a sample", "none taken", false);
      return;
    }
    long explained =
        SoakGateway.Applied.all(gateway.faultsSince(0)).stream()
            .filter(a -> a.target().equals("MonitorStart") && a.connection().equals(connection))
            .count();
    report.check(
        "gateway monitors that no handle holds (each from a failed or late MonitorStart answer)",
        "<= " + explained + " such answers on that connection",
        end.orphans().size(),
        end.orphans().size() <= explained);
  }
}
