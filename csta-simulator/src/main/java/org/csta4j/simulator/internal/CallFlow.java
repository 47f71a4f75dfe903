package org.csta4j.simulator.internal;

import static org.csta4j.simulator.internal.PbxState.dev;
import static org.csta4j.simulator.internal.PbxState.redirection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.CallClearedEvent;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DivertedEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.FailedEvent;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.OriginatedEvent;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.ServiceInitiatedEvent;
import org.csta4j.simulator.SimulatedPbx.ExternalBehaviour;
import org.csta4j.simulator.internal.PbxState.Call;
import org.csta4j.simulator.internal.PbxState.Conn;
import org.csta4j.simulator.internal.PbxState.DeviceSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call state machine every service area drives: originating, offering (with forwarding),
 * alerting, failing, diverting, answering, holding and clearing, each with its ECMA-269 events, and
 * the ring timers that answer or forward a ringing connection. Callers hold the Pbx lock; a ring
 * timer takes it.
 */
final class CallFlow {
  private static final Logger LOG = LoggerFactory.getLogger(Pbx.class);

  private final PbxState pbx;
  private final Duration autoAnswerDelay;
  private final ScheduledExecutorService scheduler;
  private final Object lock;

  CallFlow(
      PbxState pbx, Duration autoAnswerDelay, ScheduledExecutorService scheduler, Object lock) {
    this.pbx = pbx;
    this.autoAnswerDelay = autoAnswerDelay;
    this.scheduler = scheduler;
    this.lock = lock;
  }

  /** ServiceInitiated and Originated at {@code a}, then the call is offered to {@code b}. */
  Call originate(String a, String b, EventCause cause) {
    Call call = pbx.newCall(a, b);
    Conn conn = call.add(a, LocalConnectionState.INITIATED, cause);
    ConnectionId initiated = conn.id();
    ExtendedDeviceId aDev = dev(a);
    ExtendedDeviceId bDev = dev(b);
    pbx.emit(
        call,
        List.of(),
        (xref, local) ->
            ServiceInitiatedEvent.builder()
                .monitorCrossRefId(xref)
                .initiatedConnection(initiated)
                .initiatingDevice(aDev)
                .localConnectionInfo(local)
                .cause(cause)
                .build());
    conn.state = LocalConnectionState.CONNECTED;
    pbx.emit(
        call,
        List.of(),
        (xref, local) ->
            OriginatedEvent.builder()
                .monitorCrossRefId(xref)
                .originatedConnection(initiated)
                .callingDevice(aDev)
                .calledDevice(bDev)
                .localConnectionInfo(local)
                .cause(cause)
                .build());
    offer(call, b, cause);
    return call;
  }

  /**
   * Offers the call to {@code target}: follows immediate, do-not-disturb and busy forwarding
   * (reporting Diverted), then fails (DND, busy external) or alerts the final destination.
   */
  void offer(Call call, String target, EventCause cause) {
    Set<String> visited = new HashSet<>(call.conns.keySet());
    String dest = target;
    EventCause why = cause;
    while (true) {
      visited.add(dest);
      if (!pbx.devices.contains(dest)) {
        if (pbx.externalBehaviour(dest) == ExternalBehaviour.BUSY) {
          fail(call, dest, why, EventCause.BUSY);
        } else {
          deliver(call, dest, why);
        }
        return;
      }
      DeviceSettings s = pbx.settingsOf(dest);
      boolean internalCaller = pbx.devices.contains(call.calling);
      String next =
          s.forwardTarget(
              internalCaller,
              ForwardingType.FORWARD_IMMEDIATE,
              ForwardingType.FORWARD_IMM_INT,
              ForwardingType.FORWARD_IMM_EXT);
      EventCause nextCause = EventCause.CALL_FORWARD_IMMEDIATE;
      if ((next == null || visited.contains(next)) && s.dnd) {
        next =
            s.forwardTarget(
                internalCaller,
                ForwardingType.FORWARD_DND,
                ForwardingType.FORWARD_DND_INT,
                ForwardingType.FORWARD_DND_EXT);
        nextCause = EventCause.CALL_FORWARD;
      }
      if ((next == null || visited.contains(next)) && !s.dnd && pbx.isBusy(dest)) {
        next =
            s.forwardTarget(
                internalCaller,
                ForwardingType.FORWARD_BUSY,
                ForwardingType.FORWARD_BUSY_INT,
                ForwardingType.FORWARD_BUSY_EXT);
        nextCause = EventCause.CALL_FORWARD_BUSY;
      }
      if (next != null && !visited.contains(next)) {
        emitDiverted(call, dest, next, nextCause);
        call.lastRedirection = dest;
        dest = next;
        why = nextCause;
        continue;
      }
      if (s.dnd) {
        fail(call, dest, why, EventCause.DO_NOT_DISTURB);
      } else {
        deliver(call, dest, why);
      }
      return;
    }
  }

  private void deliver(Call call, String device, EventCause cause) {
    Conn conn = call.add(device, LocalConnectionState.ALERTING, cause);
    ConnectionId connection = conn.id();
    ExtendedDeviceId alerting = dev(device);
    ExtendedDeviceId calling = dev(call.calling);
    ExtendedDeviceId called = dev(call.called);
    RedirectionDeviceId last = redirection(call);
    pbx.emit(
        call,
        List.of(),
        (xref, local) ->
            DeliveredEvent.builder()
                .monitorCrossRefId(xref)
                .connection(connection)
                .alertingDevice(alerting)
                .callingDevice(calling)
                .calledDevice(called)
                .lastRedirectionDevice(last)
                .localConnectionInfo(local)
                .cause(cause)
                .build());
    startRingTimer(conn);
  }

  private void fail(Call call, String device, EventCause cause, EventCause reason) {
    Conn conn = call.add(device, LocalConnectionState.FAIL, cause);
    ConnectionId failed = conn.id();
    ExtendedDeviceId failing = dev(device);
    ExtendedDeviceId calling = dev(call.calling);
    ExtendedDeviceId called = dev(call.called);
    RedirectionDeviceId last = redirection(call);
    pbx.emit(
        call,
        List.of(),
        (xref, local) ->
            FailedEvent.builder()
                .monitorCrossRefId(xref)
                .failedConnection(failed)
                .failingDevice(failing)
                .callingDevice(calling)
                .calledDevice(called)
                .lastRedirectionDevice(last)
                .localConnectionInfo(local)
                .cause(reason)
                .build());
  }

  /** Removes an alerting connection, reports Diverted and offers the call to {@code to}. */
  void divert(Conn conn, String to, EventCause cause) {
    Call call = conn.call;
    cancelTimer(conn);
    call.conns.remove(conn.device);
    emitDiverted(call, conn.device, to, cause);
    call.lastRedirection = conn.device;
    offer(call, to, cause);
  }

  private void emitDiverted(Call call, String from, String to, EventCause cause) {
    ConnectionId connection = ConnectionId.of(call.id, from);
    ExtendedDeviceId diverting = dev(from);
    ExtendedDeviceId newDestination = dev(to);
    ExtendedDeviceId calling = dev(call.calling);
    ExtendedDeviceId called = dev(call.called);
    RedirectionDeviceId last = redirection(call);
    pbx.emit(
        call,
        List.of(from),
        (xref, local) ->
            DivertedEvent.builder()
                .monitorCrossRefId(xref)
                .connection(connection)
                .divertingDevice(diverting)
                .newDestination(newDestination)
                .callingDevice(calling)
                .calledDevice(called)
                .lastRedirectionDevice(last)
                .localConnectionInfo(local)
                .cause(cause)
                .build());
  }

  /** Connects an alerting connection and reports Established. */
  void answer(Conn conn) {
    cancelTimer(conn);
    conn.state = LocalConnectionState.CONNECTED;
    Call call = conn.call;
    ConnectionId established = conn.id();
    ExtendedDeviceId answering = dev(conn.device);
    ExtendedDeviceId calling = dev(call.calling);
    ExtendedDeviceId called = dev(call.called);
    RedirectionDeviceId last = redirection(call);
    EventCause cause = conn.cause;
    pbx.emit(
        call,
        List.of(),
        (xref, local) ->
            EstablishedEvent.builder()
                .monitorCrossRefId(xref)
                .establishedConnection(established)
                .answeringDevice(answering)
                .callingDevice(calling)
                .calledDevice(called)
                .lastRedirectionDevice(last)
                .localConnectionInfo(local)
                .cause(cause)
                .build());
  }

  /** Puts a connection on hold and reports Held. */
  void hold(Conn conn, EventCause cause) {
    conn.state = LocalConnectionState.HOLD;
    ConnectionId heldConnection = conn.id();
    ExtendedDeviceId holding = dev(conn.device);
    pbx.emit(
        conn.call,
        List.of(),
        (xref, local) ->
            HeldEvent.builder()
                .monitorCrossRefId(xref)
                .heldConnection(heldConnection)
                .holdingDevice(holding)
                .localConnectionInfo(local)
                .cause(cause)
                .build());
  }

  /** Clears one connection; a call left with fewer than two parties is cleared entirely. */
  void clear(Conn conn) {
    Call call = conn.call;
    if (call.conns.size() <= 2) {
      teardown(call, conn);
      return;
    }
    clearOne(call, conn);
    call.conns.remove(conn.device);
  }

  /**
   * Clears every connection ({@code first} first), then the call. Cleared parties stay observers
   * until CallCleared, with local state null.
   */
  void teardown(Call call, @Nullable Conn first) {
    List<Conn> order = new ArrayList<>();
    if (first != null) {
      order.add(first);
    }
    for (Conn c : call.conns.values()) {
      if (c != first) {
        order.add(c);
      }
    }
    for (Conn c : order) {
      clearOne(call, c);
    }
    ConnectionId cleared = ConnectionId.ofCall(call.id);
    pbx.emit(
        call,
        List.of(),
        (xref, local) ->
            CallClearedEvent.builder()
                .monitorCrossRefId(xref)
                .clearedCall(cleared)
                .cause(EventCause.NORMAL_CLEARING)
                .build());
    call.conns.clear();
    pbx.calls.remove(call.id);
  }

  private void clearOne(Call call, Conn conn) {
    cancelTimer(conn);
    conn.state = LocalConnectionState.NULL;
    ConnectionId dropped = conn.id();
    ExtendedDeviceId releasing = dev(conn.device);
    pbx.emit(
        call,
        List.of(),
        (xref, local) ->
            ConnectionClearedEvent.builder()
                .monitorCrossRefId(xref)
                .droppedConnection(dropped)
                .releasingDevice(releasing)
                .localConnectionInfo(local)
                .cause(EventCause.NORMAL_CLEARING)
                .build());
  }

  // ---------------------------------------------------------------- ring timers

  private void startRingTimer(Conn conn) {
    if (autoAnswerDelay.isZero() || autoAnswerDelay.isNegative()) {
      return;
    }
    if (noAnswerTarget(conn) == null && !answersByItself(conn.device)) {
      return;
    }
    int generation = ++conn.timerGeneration;
    try {
      conn.timer =
          scheduler.schedule(
              () -> ringTimerFired(conn, generation),
              autoAnswerDelay.toNanos(),
              TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("scheduler refused the ring timer of {}; it will not answer by itself", conn, e);
    }
  }

  private void ringTimerFired(Conn conn, int generation) {
    synchronized (lock) {
      if (generation != conn.timerGeneration
          || !pbx.isLive(conn)
          || conn.state != LocalConnectionState.ALERTING) {
        return;
      }
      conn.timer = null;
      conn.timerGeneration++;
      String next = noAnswerTarget(conn);
      if (next != null) {
        divert(conn, next, EventCause.CALL_FORWARD_NO_ANSWER);
      } else if (answersByItself(conn.device)) {
        answer(conn);
      }
    }
  }

  /** Stops a connection's ring timer; a timer that fires anyway does nothing. */
  void cancelTimer(Conn conn) {
    conn.timerGeneration++;
    ScheduledFuture<?> timer = conn.timer;
    conn.timer = null;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private boolean answersByItself(String device) {
    DeviceSettings s = pbx.settings.get(device);
    if (s != null) {
      return s.autoAnswer;
    }
    return pbx.externalBehaviour(device) == ExternalBehaviour.ANSWER;
  }

  /** Where a ringing connection is forwarded on no answer; null if nowhere (or to a party). */
  private @Nullable String noAnswerTarget(Conn conn) {
    DeviceSettings s = pbx.settings.get(conn.device);
    if (s == null) {
      return null;
    }
    String next =
        s.forwardTarget(
            pbx.devices.contains(conn.call.calling),
            ForwardingType.FORWARD_NO_ANS,
            ForwardingType.FORWARD_NO_ANS_INT,
            ForwardingType.FORWARD_NO_ANS_EXT);
    return next == null || conn.call.conns.containsKey(next) ? null : next;
  }
}
