package org.csta4j.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.FaultCase.AppCall;
import org.csta4j.session.FaultCase.Heard;
import org.csta4j.session.SessionFault.Kind;
import org.csta4j.session.Wire.Fault;
import org.csta4j.session.Wire.Injection;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.TransportException;
import org.jspecify.annotations.Nullable;

/**
 * The invariants every case must end in, each a short name and what broke it:
 *
 * <ol>
 *   <li>{@code outcome}: ACTIVE on a live gateway session, or CLOSED by close(), by a failed first
 *       connect (typed) or by a permanent login refusal; nothing else; quiescence reached.
 *   <li>{@code registered}: every ACTIVE handle's cross reference id is a live monitor of its
 *       device under the session's current gateway session; one handle per device; no handle
 *       silently dropped or SUSPENDED; a LOST one was reported ({@code MONITOR_RESTORE_FAILED}).
 *   <li>{@code event}: an event the gateway sends for each monitored device reaches the listener.
 *   <li>{@code pending}: every future the application holds has completed.
 *   <li>{@code gap}: one gap per outage (ACTIVE to RECONNECTING) before ACTIVE again, none outside
 *       one; the last lists as notResynced exactly the LOST devices and those whose snapshot
 *       failed.
 *   <li>{@code reported}: the dropped or refused message was reported: to the caller's future, or
 *       as a session fault of a fitting kind; a malformed one as {@code MALFORMED_MESSAGE}.
 *   <li>{@code resync}: after the last gap, a resynced device's tracked calls are the gateway's.
 *   <li>{@code keepalive}: the gateway never had to expire a session for want of a keepalive.
 *   <li>{@code interruption}: an interruption that resumes is never taken as a loss (no {@code
 *       CONNECTION_LOST} or {@code KEEPALIVE_FAILED} after it), and no resume is heard without an
 *       interruption before it.
 *   <li>{@code held}: every monitor the gateway holds is held by exactly one handle: an ACTIVE
 *       handle of its device under its cross reference id, in the session's gateway session (none
 *       once the session is CLOSED). The one exemption is a monitor whose MonitorStart answer the
 *       wire dropped or garbled on a connection that stayed up: the session never learnt its id
 *       (ADR 0012 says why it does not stop monitors it knows only from their events).
 * </ol>
 */
final class FaultInvariants {
  private final FaultCase c;
  private final Map<String, List<String>> found = new LinkedHashMap<>();

  private FaultInvariants(FaultCase c) {
    this.c = c;
  }

  /** The violations of a case, by invariant; empty if it passed. */
  static Map<String, List<String>> check(FaultCase c, FaultCase.Status status) {
    FaultInvariants i = new FaultInvariants(c);
    i.outcome(status);
    CstaSession s = c.session();
    if (s != null) {
      i.monitors(s);
      i.held(s);
      i.gaps(s);
    }
    i.pending();
    i.reported();
    i.interruption();
    if (!c.gateway.expired().isEmpty()) {
      i.add("keepalive", "the gateway expired " + c.gateway.expired() + ": no keepalive in time");
    }
    for (Throwable t : c.activity.laneErrors()) {
      i.add("outcome", "a transport callback threw " + t);
    }
    return i.found;
  }

  /** Invariant 3: sends an event for every device with an ACTIVE handle; it must arrive. */
  static Map<String, List<String>> probe(FaultCase c) {
    FaultInvariants i = new FaultInvariants(c);
    CstaSession s = c.session();
    if (s == null || s.state() != SessionState.ACTIVE) {
      return i.found;
    }
    c.wire.disarm();
    Map<String, String> sent = new LinkedHashMap<>();
    for (Monitor h : s.monitors()) {
      if (h.state() == MonitorState.ACTIVE && !sent.containsKey(h.device())) {
        String call = "probe-" + h.device();
        c.gateway.emit(h.device(), call);
        sent.put(h.device(), call);
      }
    }
    c.settle(c.time.instant());
    sent.forEach(
        (device, call) -> {
          Set<String> got = c.received.getOrDefault(device, Set.of());
          if (!got.contains(call)) {
            i.add(
                "event",
                device
                    + ": the gateway's next event did not reach the handle's listener (gateway"
                    + " monitors of it: "
                    + c.gateway.monitorsOf(device).size()
                    + ")");
          }
        });
    return i.found;
  }

  private void add(String invariant, String what) {
    found.computeIfAbsent(invariant, k -> new ArrayList<>()).add(what);
  }

  private void outcome(FaultCase.Status status) {
    SessionState st = c.state();
    CstaSession s = c.session();
    if (status != FaultCase.Status.QUIET) {
      add(
          "outcome",
          "no quiescence ("
              + status
              + "): "
              + st
              + ", "
              + c.gateway.pendingRequests()
              + " requests pending"
              + (s == null ? "" : ", handles " + s.monitors()));
    }
    Injection inj = c.wire.injection();
    if (c.scenario.closes()) {
      if (st != SessionState.CLOSED) {
        add("outcome", "close() was called, the session is " + st);
      }
    } else if (st == SessionState.CLOSED) {
      Throwable why = c.connectFailed() ? failure(c.calls.get(0)) : closeCause();
      boolean ok =
          c.connectFailed()
              ? why instanceof SessionException || why instanceof TransportException
              : why instanceof LoginFailedException refused
                  && refused.isPermanent()
                  && inj != null
                  && inj.permanent()
                  && inj.message().request() instanceof StartApplicationSession;
      if (!ok) {
        add(
            "outcome",
            (c.connectFailed() ? "connect() failed untyped: " : "CLOSED though recoverable: ")
                + why);
      }
    } else if (st != SessionState.ACTIVE) {
      add("outcome", "ended " + st);
    }
    if (st == SessionState.ACTIVE && s != null && c.gateway.liveSession(s.sessionId()) == null) {
      add("outcome", "ACTIVE, but gateway session " + s.sessionId() + " or its connection is gone");
    }
    if (st == SessionState.CLOSED) {
      for (FaultyTransport t : c.gateway.transports()) {
        if (t.isOpen()) {
          add("outcome", "CLOSED, but " + t + " is left open");
        }
      }
    }
  }

  private void monitors(CstaSession s) {
    boolean closed = s.state() == SessionState.CLOSED;
    Map<String, Integer> perDevice = new HashMap<>();
    for (Monitor h : s.monitors()) {
      String d = h.device();
      if (closed) {
        if (h.state() != MonitorState.STOPPED) {
          add("registered", d + " is " + h.state() + " after the session closed");
        }
        continue;
      }
      switch (h.state()) {
        case ACTIVE -> {
          ModelGateway.Monitor m = c.gateway.monitor(h.crossRefId());
          if (m == null || !m.device().equals(d)) {
            add("registered", d + " ACTIVE under " + h.crossRefId() + ", which the gateway lacks");
          } else if (!m.session().live || !m.session().id.equals(s.sessionId())) {
            add(
                "registered",
                d + " ACTIVE under " + h.crossRefId() + " of ended " + m.session().id);
          }
        }
        case LOST -> {
          if (faults(EnumSet.of(Kind.MONITOR_RESTORE_FAILED), "monitor on " + d + " ") == 0) {
            add("reported", d + " LOST, but no MONITOR_RESTORE_FAILED named it");
          }
        }
        default -> add("registered", d + " is " + h.state() + " at quiescence");
      }
      perDevice.merge(d, 1, Integer::sum);
    }
    perDevice.forEach(
        (d, n) -> {
          if (n > 1) {
            add("one handle", d + " has " + n + " handles");
          }
        });
    for (AppCall a : c.calls) {
      if (a.future().isDone() && !a.future().isCompletedExceptionally()) {
        Object h = a.future().join();
        if (h instanceof Monitor && s.monitors().stream().noneMatch(x -> x == h) && !closed) {
          add("registered", "the handle " + a.what() + " returned is not among the monitors");
        }
      }
    }
  }

  /** Invariant {@code held}: no gateway monitor that no handle holds, none that two hold. */
  private void held(CstaSession s) {
    boolean closed = s.state() == SessionState.CLOSED;
    for (ModelGateway.Monitor m : c.gateway.liveMonitors()) {
      if (neverAnswered(m)) {
        continue;
      }
      int holders = 0;
      for (Monitor h : s.monitors()) {
        if (h.state() == MonitorState.ACTIVE
            && h.crossRefId().equals(m.ref())
            && h.device().equals(m.device())
            && m.session().id.equals(s.sessionId())) {
          holders++;
        }
      }
      if (closed || holders != 1) {
        add(
            "held",
            "the gateway holds "
                + m.ref()
                + " on "
                + m.device()
                + " in "
                + m.session().id
                + (closed ? " after the session closed" : ", held by " + holders + " handles"));
      }
    }
  }

  /** Whether {@code m} is the monitor of a MonitorStart answer the wire dropped or garbled. */
  private boolean neverAnswered(ModelGateway.Monitor m) {
    Injection inj = c.wire.injection();
    return inj != null
        && (inj.fault() == Fault.NO_ANSWER || inj.fault() == Fault.MALFORMED)
        && inj.message().kind() == Wire.Kind.ANSWER
        && inj.message().body() instanceof MonitorStartResponse r
        && r.monitorCrossRefId().equals(m.ref());
  }

  private void gaps(CstaSession s) {
    SessionState last = SessionState.CONNECTING;
    boolean outage = false;
    int gaps = 0;
    Heard lastGap = null;
    for (Heard h : c.heard) {
      if (h.gap() != null) {
        if (!outage) {
          add("gap", "a gap outside an outage: " + h.gap());
        }
        gaps++;
        lastGap = h;
        continue;
      }
      if (h.from() != last) {
        add("outcome", "state change " + h.from() + " -> " + h.to() + " after " + last);
      }
      last = h.to();
      if (h.from() == SessionState.ACTIVE && h.to() == SessionState.RECONNECTING) {
        outage = true;
        gaps = 0;
        lastGap = null;
      } else if (h.from() == SessionState.RECONNECTING) {
        if (h.to() == SessionState.ACTIVE ? gaps != 1 : gaps > 1) {
          add("gap", "an outage ended (" + h.to() + ") after " + gaps + " gaps");
        }
        outage = false;
      }
    }
    ModelGateway.Session live = c.gateway.liveSession(s.sessionId());
    if (lastGap == null || last != SessionState.ACTIVE || live == null) {
      return;
    }
    Gap gap = lastGap.gap();
    if (gap == null) {
      return; // only a heard gap becomes lastGap
    }
    Set<String> expected = new TreeSet<>(lastGap.lost());
    for (String d : lastGap.devices()) {
      if (live.conn.refusedSnapshots.contains(d)) {
        expected.add(d);
      }
    }
    if (!new TreeSet<>(gap.notResynced()).equals(expected)) {
      add("gap", "notResynced " + new TreeSet<>(gap.notResynced()) + ", expected " + expected);
    }
    Set<String> both = new TreeSet<>(gap.resynced());
    both.addAll(gap.notResynced());
    if (c.scenario.tracking() ? !both.equals(lastGap.devices()) : !gap.resynced().isEmpty()) {
      add("gap", "resynced " + gap.resynced() + " + notResynced do not cover " + lastGap.devices());
    }
    if (c.scenario.tracking()) {
      for (String d : gap.resynced()) {
        for (Monitor h : s.monitors()) {
          if (h.device().equals(d) && !h.calls().equals(c.gateway.calls(d))) {
            add("resync", d + " tracks " + h.calls() + ", the gateway has " + c.gateway.calls(d));
          }
        }
      }
    }
  }

  private void interruption() {
    int resumes = c.resumesHeard.get();
    int interruptions = c.interruptionsHeard.get();
    if (resumes > interruptions) {
      add("interruption", resumes + " resumes heard, " + interruptions + " interruptions");
    }
    Injection inj = c.wire.injection();
    if (inj == null || inj.fault() != Fault.INTERRUPT_RESUME || c.faultsAtInterruption < 0) {
      return;
    }
    List<SessionFault> after = c.faults.subList(c.faultsAtInterruption, c.faults.size());
    for (SessionFault f : after) {
      if (f.kind() == Kind.CONNECTION_LOST || f.kind() == Kind.KEEPALIVE_FAILED) {
        add("interruption", "a resumed interruption was taken as a loss: " + f);
      }
    }
  }

  private void pending() {
    for (AppCall a : c.calls) {
      if (!a.future().isDone()) {
        add("pending", a.what() + " never completed");
      }
    }
  }

  private void reported() {
    Injection inj = c.wire.injection();
    if (inj == null || c.scenario.closes() || inj.fault() == Fault.INTERRUPT_RESUME) {
      return; // nothing dropped, or close() makes reporting moot
    }
    Fault f = inj.fault();
    if (f == Fault.MALFORMED) {
      if (faults(EnumSet.of(Kind.MALFORMED_MESSAGE), "") == 0) {
        add("reported", "the malformed " + inj.message().name() + " was not reported");
      }
      return;
    }
    EnumSet<Kind> fitting =
        switch (f) {
          case ERROR_ANSWER ->
              EnumSet.of(
                  Kind.RECONNECT_FAILED,
                  Kind.MONITOR_RESTORE_FAILED,
                  Kind.RESYNC_FAILED,
                  Kind.SESSION_TERMINATED,
                  Kind.CONNECTION_LOST);
          case NO_ANSWER -> EnumSet.of(Kind.KEEPALIVE_FAILED, Kind.RECONNECT_FAILED);
          case SESSION_TERMINATED -> EnumSet.of(Kind.SESSION_TERMINATED, Kind.RECONNECT_FAILED);
          // a lost connection: reported as such, or as the loss the session was handling
          default ->
              EnumSet.of(
                  Kind.CONNECTION_LOST,
                  Kind.RECONNECT_FAILED,
                  Kind.SESSION_TERMINATED,
                  Kind.KEEPALIVE_FAILED);
        };
    if (c.connectFailed() || faults(fitting, "") > 0) {
      return;
    }
    Object request = inj.message().request();
    for (AppCall a : c.calls) {
      boolean mine =
          a.request() == request
              || (request instanceof MonitorStart start
                  && a.request() != null
                  && a.request().equals(device(start)));
      if (mine && a.future().isCompletedExceptionally()) {
        Throwable why = failure(a);
        boolean typed =
            f == Fault.ERROR_ANSWER
                ? why instanceof CstaFailureException
                : f != Fault.NO_ANSWER || why instanceof RequestTimeoutException;
        if (typed) {
          return;
        }
        add("reported", a.what() + " failed with " + why + " after " + f);
        return;
      }
    }
    add(
        "reported",
        f + " at " + inj.message().name() + ": nobody was told (faults " + kinds() + ")");
  }

  private static String device(MonitorStart m) {
    return m.monitorObject().deviceObject().orElseThrow().value();
  }

  private int faults(Set<Kind> kinds, String mentioning) {
    int n = 0;
    for (SessionFault f : c.faults) {
      if (kinds.contains(f.kind()) && f.message().contains(mentioning)) {
        n++;
      }
    }
    return n;
  }

  private List<Kind> kinds() {
    List<Kind> k = new ArrayList<>();
    c.faults.forEach(f -> k.add(f.kind()));
    return k;
  }

  private @Nullable Throwable closeCause() {
    return c.closeCause();
  }

  static @Nullable Throwable failure(AppCall a) {
    try {
      a.future().join();
      return null;
    } catch (CompletionException e) {
      return Failures.unwrap(e);
    } catch (RuntimeException e) {
      return e;
    }
  }
}
