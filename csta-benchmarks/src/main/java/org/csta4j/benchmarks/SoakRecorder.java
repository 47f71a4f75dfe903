package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csta4j.model.UnknownEvent;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;

/**
 * What a soak's session told its listener, in the order it was told, and the checks that need no
 * more than that: one {@link Gap} per outage (each ACTIVE -> RECONNECTING followed by exactly one
 * gap before ACTIVE), restore faults only inside an outage, and each gap's {@code notResynced}
 * naming exactly the devices whose monitor was lost (before or in the outage) or whose snapshot was
 * refused. Thread-safe; the waits are for the harness thread.
 */
final class SoakRecorder implements SessionListener {
  private static final Pattern RESTORE_FAILED = Pattern.compile("monitor on (\\S+) not restored");
  private static final Pattern RESYNC_FAILED = Pattern.compile("snapshot of (\\S+) failed");

  /** One outage as the listener saw it, copied out. */
  record Outage(
      int index,
      Set<String> lostBefore,
      List<SessionFault> faults,
      @Nullable Gap gap,
      int gaps,
      boolean ended) {
    int count(SessionFault.Kind kind) {
      return (int) faults.stream().filter(f -> f.kind() == kind).count();
    }
  }

  /** One thing the listener heard, stamped with {@link System#nanoTime()}. */
  record Line(long nanos, String text) {}

  private static final class Open {
    final int index;
    final Set<String> lostBefore;
    final List<SessionFault> faults = new ArrayList<>();
    @Nullable Gap gap;
    int gaps;
    boolean ended;

    Open(int index, Set<String> lostBefore) {
      this.index = index;
      this.lostBefore = lostBefore;
    }

    Outage copy() {
      return new Outage(index, Set.copyOf(lostBefore), List.copyOf(faults), gap, gaps, ended);
    }
  }

  // all guarded by this
  private final Map<SessionFault.Kind, Integer> faults = new EnumMap<>(SessionFault.Kind.class);
  private final List<Open> outages = new ArrayList<>();
  private final List<Gap> gaps = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private final Set<String> unknownEvents = new HashSet<>();
  private final List<Line> timeline = new ArrayList<>();
  private @Nullable Open open;
  private SessionState last = SessionState.CONNECTING;
  private int changes;
  private int recoveries;
  private int malformed;
  private int activeAtReconnecting;

  private volatile @Nullable CstaSession session;

  /** Starts listening for unknown events on the session, and lets the gap checks see handles. */
  void attach(CstaSession s) {
    session = s;
    s.on(UnknownEvent.class, e -> unknown(e.name()));
  }

  @Override
  public synchronized void onStateChanged(
      SessionState from, SessionState to, @Nullable Throwable cause) {
    changes++;
    last = to;
    line(from + " -> " + to + (cause == null ? "" : " (" + cause + ")"));
    if (from == SessionState.ACTIVE && to == SessionState.RECONNECTING) {
      if (open != null) {
        violation("outage " + outages.size() + " began while outage " + open.index + " ran");
      }
      open = new Open(outages.size(), inState(MonitorState.LOST));
      activeAtReconnecting += inState(MonitorState.ACTIVE).isEmpty() ? 0 : 1;
      outages.add(open);
    } else if (from == SessionState.RECONNECTING && to == SessionState.ACTIVE) {
      Open o = open;
      if (o == null) {
        violation("RECONNECTING -> ACTIVE without an outage");
      } else if (o.gaps != 1) {
        violation("outage " + o.index + " ended (ACTIVE) after " + o.gaps + " gaps, not 1");
      }
      if (o != null) {
        o.ended = true;
      }
      open = null;
      recoveries++;
    }
    notifyAll();
  }

  @Override
  public synchronized void onGap(Gap gap) {
    gaps.add(gap);
    line(gap.toString());
    Open o = open;
    if (o == null) {
      violation("a gap outside an outage: " + gap);
      notifyAll();
      return;
    }
    o.gaps++;
    o.gap = gap;
    if (o.gaps > 1) {
      violation("outage " + o.index + " has gap " + o.gaps + ": " + gap);
    }
    Set<String> refused = devices(o.faults, SessionFault.Kind.MONITOR_RESTORE_FAILED);
    Set<String> snapshotRefused = devices(o.faults, SessionFault.Kind.RESYNC_FAILED);
    Set<String> expected = new TreeSet<>(o.lostBefore);
    expected.addAll(refused);
    expected.addAll(snapshotRefused);
    // lostBefore may hold a device lost in this very outage (the listener runs behind the
    // engine): it is then among the refused too, and the sets still agree
    Set<String> named = new TreeSet<>(gap.notResynced());
    if (!named.equals(expected)) {
      violation(
          "outage "
              + o.index
              + ": gap names "
              + named
              + " not resynced, but lost before "
              + o.lostBefore
              + ", restore refused "
              + refused
              + ", snapshot refused "
              + snapshotRefused);
    }
    notifyAll();
  }

  @Override
  public synchronized void onFault(SessionFault fault) {
    faults.merge(fault.kind(), 1, Integer::sum);
    line(fault.toString());
    if (fault.kind() == SessionFault.Kind.MALFORMED_MESSAGE) {
      malformed++;
    }
    Open o = open;
    if (o != null) {
      o.faults.add(fault);
    } else if (fault.kind() == SessionFault.Kind.RECONNECT_FAILED
        || fault.kind() == SessionFault.Kind.MONITOR_RESTORE_FAILED
        || fault.kind() == SessionFault.Kind.RESYNC_FAILED) {
      violation("reported outside an outage: " + fault);
    }
    notifyAll();
  }

  private synchronized void unknown(String name) {
    unknownEvents.add(name);
    line("UnknownEvent " + name);
    notifyAll();
  }

  private void violation(String what) {
    violations.add(what);
    line("VIOLATION " + what);
  }

  private void line(String text) {
    timeline.add(new Line(System.nanoTime(), "session: " + text));
  }

  /** The device a restore fault is about, parsed from its message. */
  static Set<String> devices(List<SessionFault> faults, SessionFault.Kind kind) {
    Pattern p = kind == SessionFault.Kind.MONITOR_RESTORE_FAILED ? RESTORE_FAILED : RESYNC_FAILED;
    Set<String> devices = new TreeSet<>();
    for (SessionFault f : faults) {
      if (f.kind() == kind) {
        Matcher m = p.matcher(f.message());
        devices.add(m.find() ? m.group(1) : "?unparsed: " + f.message());
      }
    }
    return devices;
  }

  private Set<String> inState(MonitorState state) {
    CstaSession s = session;
    Set<String> devices = new TreeSet<>();
    if (s != null) {
      for (Monitor m : s.monitors()) {
        if (m.state() == state) {
          devices.add(m.device());
        }
      }
    }
    return devices;
  }

  // ------------------------------------------------------------------ reading

  synchronized SessionState lastState() {
    return last;
  }

  /** State changes heard so far: unchanged across a check means no transition was reported. */
  synchronized int changes() {
    return changes;
  }

  synchronized int outagesBegun() {
    return outages.size();
  }

  synchronized int recoveries() {
    return recoveries;
  }

  synchronized Outage outage(int index) {
    return outages.get(index).copy();
  }

  synchronized List<Outage> outages() {
    return outages.stream().map(Open::copy).toList();
  }

  synchronized List<Gap> gaps() {
    return List.copyOf(gaps);
  }

  synchronized Map<SessionFault.Kind, Integer> faultCounts() {
    return new EnumMap<>(faults);
  }

  /**
   * Outages whose ACTIVE -> RECONNECTING reached the listener while a handle was still ACTIVE (the
   * engine suspends the handles just after it moves the session).
   */
  synchronized int activeAtReconnecting() {
    return activeAtReconnecting;
  }

  synchronized int malformedReports() {
    return malformed;
  }

  synchronized boolean sawUnknownEvent(String name) {
    return unknownEvents.contains(name);
  }

  synchronized List<Line> timeline() {
    return List.copyOf(timeline);
  }

  synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  /** Waits until {@code condition} (checked under this recorder's lock) holds; false at timeout. */
  synchronized boolean await(BooleanSupplier condition, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }
}
