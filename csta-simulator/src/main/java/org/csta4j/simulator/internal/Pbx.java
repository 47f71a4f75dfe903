package org.csta4j.simulator.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.csta4j.model.CallClearedEvent;
import org.csta4j.model.CallState;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.ConnectionListItem;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DeviceId;
import org.csta4j.model.DivertedEvent;
import org.csta4j.model.DoNotDisturbEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.FailedEvent;
import org.csta4j.model.ForwardListItem;
import org.csta4j.model.ForwardingEvent;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.OperationError;
import org.csta4j.model.OriginatedEvent;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.RetrievedEvent;
import org.csta4j.model.ServiceInitiatedEvent;
import org.csta4j.model.SnapshotCallResponse;
import org.csta4j.model.SnapshotCallResponseInfo;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.model.StateIncompatibilityError;
import org.csta4j.model.TransferedEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated PBX: configured devices, calls and their connections, and the ECMA-269 event
 * sequences of the services it accepts, reported through a {@link PbxListener}. No networking.
 *
 * <p>Thread-safe: every public method holds the one lock of this object, and events are reported
 * while it is held. Devices are extension numbers such as {@code "100"}, also addressed as {@code
 * "u-<trunk>-100"}; any other number is an external party. Events, connections and snapshots name
 * devices by their plain number. A refused request throws {@link CstaServiceException} and changes
 * nothing.
 */
public final class Pbx {
  private static final Logger LOG = LoggerFactory.getLogger(Pbx.class);

  private final int trunk;
  private final String trunkPrefix;
  private final Set<String> devices;
  private final Duration autoAnswerDelay;
  private final ScheduledExecutorService scheduler;
  private final PbxListener listener;

  private final Map<String, Call> calls = new LinkedHashMap<>();
  private final Map<String, DeviceSettings> settings = new HashMap<>();
  private final Map<String, ExternalBehaviour> externals = new HashMap<>();
  private long nextCallId = 1;

  /**
   * A PBX for {@code devices} on {@code trunk}. Ringing devices and externals answer after {@code
   * autoAnswerDelay}, timed by {@code scheduler}; a zero or negative delay means nothing answers by
   * itself.
   */
  public Pbx(
      int trunk,
      Set<String> devices,
      Duration autoAnswerDelay,
      ScheduledExecutorService scheduler,
      PbxListener listener) {
    this.trunk = trunk;
    this.trunkPrefix = "u-" + trunk + "-";
    Set<String> configured = new LinkedHashSet<>();
    for (String device : devices) {
      String d = device.strip();
      if (d.isEmpty() || d.startsWith("u-")) {
        throw new IllegalArgumentException(
            "devices: a device is a plain extension number, not '" + device + "'");
      }
      configured.add(d);
      settings.put(d, new DeviceSettings());
    }
    this.devices = Collections.unmodifiableSet(configured);
    this.autoAnswerDelay = autoAnswerDelay;
    this.scheduler = scheduler;
    this.listener = listener;
  }

  // ---------------------------------------------------------------- devices

  /**
   * The plain number of {@code device}: {@code "u-<trunk>-100"} becomes {@code "100"}, any other
   * number is returned stripped. Throws {@code invalidDeviceID} for a blank string or a {@code u-}
   * form that is not a configured device of this trunk.
   */
  public synchronized String normalize(String device) {
    return norm(device, OperationError.INVALID_DEVICE_ID);
  }

  /** Whether {@code device} (in either form) is a configured device; never throws. */
  public synchronized boolean isDevice(String device) {
    String d = device.strip();
    if (d.startsWith(trunkPrefix)) {
      d = d.substring(trunkPrefix.length());
    }
    return devices.contains(d);
  }

  // ---------------------------------------------------------------- call control

  /**
   * Calls {@code called} from the configured device {@code calling}; returns the calling device's
   * connection. The called party is alerted, fails or is diverted before this returns.
   */
  public synchronized ConnectionId makeCall(String calling, String called) {
    String a = requireDevice(calling, OperationError.INVALID_CALLING_DEVICE_ID);
    String b = norm(called, OperationError.INVALID_CALLED_DEVICE_ID);
    if (a.equals(b)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES, "device " + a + " cannot call itself");
    }
    Call call = originate(a, b, EventCause.NEW_CALL);
    return ConnectionId.of(call.id, a);
  }

  /**
   * Clears one connection. In a call of two parties this clears the whole call (both connections,
   * then CallCleared); with more parties only this connection leaves.
   */
  public synchronized void clearConnection(ConnectionId connection) {
    clearConn(resolveConn(connection));
  }

  /** Clears every connection of the call, then the call; {@code call} may give only a call id. */
  public synchronized void clearCall(ConnectionId call) {
    Call c = resolveCall(call);
    teardown(c, call.deviceId().isPresent() ? c.conns.get(deviceOf(call)) : null);
  }

  /** Answers an alerting connection of a configured device. */
  public synchronized void answerCall(ConnectionId alerting) {
    Conn conn = resolveOwnConn(alerting);
    if (conn.state != LocalConnectionState.ALERTING) {
      throw new CstaServiceException(
          StateIncompatibilityError.NO_CALL_TO_ANSWER,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not alerting");
    }
    answerConn(conn);
  }

  /** Puts a connected connection of a configured device on hold. */
  public synchronized void holdCall(ConnectionId active) {
    Conn conn = resolveOwnConn(active);
    requireConnected(conn);
    hold(conn, EventCause.NORMAL);
  }

  /** Takes a held connection of a configured device off hold. */
  public synchronized void retrieveCall(ConnectionId held) {
    Conn conn = resolveOwnConn(held);
    requireHeld(conn);
    conn.state = LocalConnectionState.CONNECTED;
    ConnectionId retrieved = conn.id();
    ExtendedDeviceId retrieving = dev(conn.device);
    emit(
        conn.call,
        List.of(),
        (xref, local) ->
            RetrievedEvent.builder()
                .monitorCrossRefId(xref)
                .retrievedConnection(retrieved)
                .retrievingDevice(retrieving)
                .localConnectionInfo(local)
                .cause(EventCause.NORMAL)
                .build());
  }

  /**
   * Holds {@code existing} and calls {@code consulted} from the same device; returns the consulting
   * device's connection in the new call.
   */
  public synchronized ConnectionId consultationCall(ConnectionId existing, String consulted) {
    Conn conn = resolveOwnConn(existing);
    String target = norm(consulted, OperationError.INVALID_CALLED_DEVICE_ID);
    requireConnected(conn);
    if (target.equals(conn.device)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES, "device " + target + " cannot consult itself");
    }
    hold(conn, EventCause.CONSULTATION);
    Call call = originate(conn.device, target, EventCause.CONSULTATION);
    return ConnectionId.of(call.id, conn.device);
  }

  /**
   * Joins the other parties of the held call and of the active call, both at the same device, into
   * the held call; the transferring device drops out. Returns the connection, in the resulting
   * call, of the first remaining party of the held call.
   */
  public synchronized ConnectionId transferCall(ConnectionId held, ConnectionId active) {
    Conn h = resolveOwnConn(held);
    Conn act = resolveOwnConn(active);
    if (!h.device.equals(act.device)) {
      throw new CstaServiceException(
          OperationError.NOT_SAME_DEVICE,
          "held connection " + describe(h) + " and active " + describe(act) + " differ in device");
    }
    requireHeld(h);
    requireConnected(act);
    String transferring = h.device;
    Call primary = h.call;
    Call secondary = act.call;
    List<Conn> kept = others(primary, transferring);
    List<Conn> moved = others(secondary, transferring);
    for (Conn m : moved) {
      if (m.state == LocalConnectionState.FAIL) {
        throw new CstaServiceException(
            StateIncompatibilityError.INVALID_CONNECTION_STATE,
            "connection " + describe(m) + " has failed and cannot be transferred");
      }
      if (primary.conns.containsKey(m.device)) {
        throw new CstaServiceException(
            OperationError.NOT_DIFFERENT_DEVICES,
            "device " + m.device + " is a party of both calls");
      }
    }
    if (kept.isEmpty() || moved.isEmpty()) {
      throw new CstaServiceException(
          StateIncompatibilityError.INVALID_CONNECTION_STATE,
          "calls " + primary.id + " and " + secondary.id + " need another party each");
    }
    String transferredTo = moved.get(0).device;
    String firstKept = kept.get(0).device;

    List<ConnectionListItem> items = new ArrayList<>();
    for (Conn k : kept) {
      items.add(listItem(k.id(), k.id(), k.device));
    }
    for (Conn m : moved) {
      items.add(listItem(m.id(), ConnectionId.of(primary.id, m.device), m.device));
    }
    ConnectionId primaryOld = h.id();
    ConnectionId secondaryOld = act.id();

    cancelTimer(h);
    cancelTimer(act);
    primary.conns.remove(transferring);
    secondary.conns.remove(transferring);
    for (Conn m : moved) {
      m.call = primary;
      if (m.state == LocalConnectionState.ALERTING) {
        m.cause = EventCause.TRANSFER;
      }
      primary.conns.put(m.device, m);
    }
    secondary.conns.clear();
    calls.remove(secondary.id);
    if (primary.calling.equals(transferring)) {
      primary.calling = firstKept;
    }
    primary.called = transferredTo;
    primary.lastRedirection = transferring;

    emitTransfered(
        primary,
        transferring,
        transferredTo,
        primaryOld,
        Optional.of(secondaryOld),
        items,
        EventCause.TRANSFER);
    return ConnectionId.of(primary.id, firstKept);
  }

  /**
   * Transfers the call of a connected connection to {@code to} in one step: the transferring device
   * drops out and {@code to} is alerted in the same call. Returns the connection of the first
   * remaining party.
   */
  public synchronized ConnectionId singleStepTransferCall(ConnectionId active, String to) {
    Conn conn = resolveOwnConn(active);
    String target = norm(to, OperationError.INVALID_DESTINATION_DEVICE_ID);
    requireConnected(conn);
    Call call = conn.call;
    requireNotParty(call, target);
    List<Conn> remaining = others(call, conn.device);
    boolean anyAnswered = false;
    for (Conn r : remaining) {
      anyAnswered |=
          r.state == LocalConnectionState.CONNECTED || r.state == LocalConnectionState.HOLD;
    }
    if (!anyAnswered) {
      throw new CstaServiceException(
          StateIncompatibilityError.INVALID_CONNECTION_STATE,
          "call " + call.id + " has no answered party to transfer");
    }
    String transferring = conn.device;
    String firstRemaining = remaining.get(0).device;
    List<ConnectionListItem> items = new ArrayList<>();
    for (Conn r : remaining) {
      items.add(listItem(r.id(), r.id(), r.device));
    }
    items.add(
        ConnectionListItem.builder()
            .newConnection(ConnectionId.of(call.id, target))
            .endpoint(dev(target))
            .build());
    ConnectionId primaryOld = conn.id();

    cancelTimer(conn);
    call.conns.remove(transferring);
    if (call.calling.equals(transferring)) {
      call.calling = firstRemaining;
    }
    call.called = target;
    call.lastRedirection = transferring;

    emitTransfered(
        call,
        transferring,
        target,
        primaryOld,
        Optional.empty(),
        items,
        EventCause.SINGLE_STEP_TRANSFER);
    offer(call, target, EventCause.SINGLE_STEP_TRANSFER);
    return ConnectionId.of(call.id, firstRemaining);
  }

  /** Tells every party, and the device that dropped out, that the call was transferred. */
  private void emitTransfered(
      Call call,
      String transferring,
      String transferredTo,
      ConnectionId primaryOld,
      Optional<ConnectionId> secondaryOld,
      List<ConnectionListItem> items,
      EventCause cause) {
    ExtendedDeviceId transferringDev = dev(transferring);
    ExtendedDeviceId toDev = dev(transferredTo);
    List<ConnectionListItem> connections = List.copyOf(items);
    emit(
        call,
        List.of(transferring),
        (xref, local) ->
            TransferedEvent.builder()
                .monitorCrossRefId(xref)
                .primaryOldCall(primaryOld)
                .secondaryOldCall(secondaryOld)
                .transferringDevice(transferringDev)
                .transferredToDevice(toDev)
                .transferredConnections(connections)
                .localConnectionInfo(local)
                .cause(cause)
                .build());
  }

  /** Diverts an alerting connection of a configured device to {@code to}. */
  public synchronized void deflectCall(ConnectionId alerting, String to) {
    Conn conn = resolveOwnConn(alerting);
    String target = norm(to, OperationError.INVALID_DESTINATION_DEVICE_ID);
    if (conn.state != LocalConnectionState.ALERTING) {
      throw new CstaServiceException(
          StateIncompatibilityError.INVALID_CONNECTION_STATE,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not alerting");
    }
    requireNotParty(conn.call, target);
    divert(conn, target, EventCause.REDIRECTED);
  }

  // ---------------------------------------------------------------- features

  /** Switches do-not-disturb of a configured device; the device sees a DoNotDisturbEvent. */
  public synchronized void setDoNotDisturb(String device, boolean on) {
    String d = requireDevice(device, OperationError.INVALID_DEVICE_ID);
    settings.get(d).dnd = on;
    ExtendedDeviceId subject = dev(d);
    deliverTo(
        d,
        xref ->
            DoNotDisturbEvent.builder()
                .monitorCrossRefId(xref)
                .device(subject)
                .doNotDisturbOn(on)
                .build());
  }

  /** Whether do-not-disturb is on at a configured device. */
  public synchronized boolean doNotDisturb(String device) {
    return settings.get(requireDevice(device, OperationError.INVALID_DEVICE_ID)).dnd;
  }

  /**
   * Switches one kind of forwarding of a configured device; {@code to} is required to switch it on
   * and remembered when it is switched off. The device sees a ForwardingEvent.
   */
  public synchronized void setForwarding(
      String device, ForwardingType type, boolean on, @Nullable String to) {
    String d = requireDevice(device, OperationError.INVALID_DEVICE_ID);
    DeviceSettings s = settings.get(d);
    Forward previous = s.forwards.get(type);
    @Nullable String dest;
    if (to != null && !to.isBlank()) {
      dest = norm(to, OperationError.INVALID_FORWARDING_DESTINATION);
      if (dest.equals(d)) {
        throw new CstaServiceException(
            OperationError.INVALID_FORWARDING_DESTINATION,
            "device " + d + " cannot forward to itself");
      }
    } else {
      dest = previous == null ? null : previous.to;
      if (on) {
        throw new CstaServiceException(
            OperationError.INVALID_FORWARDING_DESTINATION,
            "forwarding " + type.wireName() + " of device " + d + " needs a destination");
      }
    }
    s.forwards.put(type, new Forward(on, dest));
    ExtendedDeviceId subject = dev(d);
    Optional<DeviceId> forwardTo = Optional.ofNullable(dest).map(DeviceId::of);
    deliverTo(
        d,
        xref ->
            ForwardingEvent.builder()
                .monitorCrossRefId(xref)
                .device(subject)
                .forwardingType(type)
                .forwardStatus(on)
                .forwardTo(forwardTo)
                .build());
  }

  /**
   * The forwarding settings of a configured device, one item per kind ever set (on or off), in
   * schema order.
   */
  public synchronized List<ForwardListItem> forwarding(String device) {
    String d = requireDevice(device, OperationError.INVALID_DEVICE_ID);
    List<ForwardListItem> items = new ArrayList<>();
    for (Map.Entry<ForwardingType, Forward> e : settings.get(d).forwards.entrySet()) {
      items.add(
          ForwardListItem.builder()
              .forwardingType(e.getKey())
              .forwardStatus(e.getValue().on)
              .forwardDn(Optional.ofNullable(e.getValue().to).map(DeviceId::of))
              .build());
    }
    return List.copyOf(items);
  }

  // ---------------------------------------------------------------- snapshots

  /**
   * The calls at a configured device: its connection, the first other party and the compound call
   * state (its own connection's state first, then the others' in the order they joined).
   */
  public synchronized SnapshotDeviceResponse snapshotDevice(String device) {
    String d = requireDevice(device, OperationError.INVALID_DEVICE_ID);
    SnapshotDeviceResponse.Builder response = SnapshotDeviceResponse.builder();
    for (Conn conn : connsOf(d)) {
      List<LocalConnectionState> states = new ArrayList<>();
      states.add(conn.state);
      List<Conn> others = others(conn.call, d);
      for (Conn o : others) {
        states.add(o.state);
      }
      SnapshotDeviceResponseInfo.Builder info =
          SnapshotDeviceResponseInfo.builder()
              .connectionIdentifier(conn.id())
              .localCallState(CallState.ofCompound(states));
      if (!others.isEmpty()) {
        info.endpointDevice(dev(others.get(0).device));
      }
      response.addSnapshotData(info.build());
    }
    return response.build();
  }

  /** The parties of a call with their connection states, and its calling and called device. */
  public synchronized SnapshotCallResponse snapshotCall(ConnectionId call) {
    Call c = resolveCall(call);
    SnapshotCallResponse.Builder response =
        SnapshotCallResponse.builder().callingDevice(dev(c.calling)).calledDevice(dev(c.called));
    for (Conn conn : c.conns.values()) {
      response.addSnapshotData(
          SnapshotCallResponseInfo.builder()
              .deviceOnCall(dev(conn.device))
              .callIdentifier(conn.id())
              .localConnectionInfo(conn.state)
              .build());
    }
    return response.build();
  }

  // ---------------------------------------------------------------- scripting

  /**
   * {@code from} (an external number or a configured device) calls {@code to}; returns the call id.
   * A configured caller reports ServiceInitiated and Originated as with {@link #makeCall}.
   */
  public synchronized String incomingCall(String from, String to) {
    String f = norm(from, OperationError.INVALID_CALLING_DEVICE_ID);
    String t = norm(to, OperationError.INVALID_CALLED_DEVICE_ID);
    if (f.equals(t)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES, "device " + f + " cannot call itself");
    }
    if (devices.contains(f)) {
      return originate(f, t, EventCause.NEW_CALL).id;
    }
    Call call = newCall(f, t);
    call.add(f, LocalConnectionState.CONNECTED, EventCause.NEW_CALL);
    offer(call, t, EventCause.NEW_CALL);
    return call.id;
  }

  /** Answers the oldest alerting connection of {@code device} (internal or external). */
  public synchronized void answer(String device) {
    String d = normalize(device);
    for (Conn conn : connsOf(d)) {
      if (conn.state == LocalConnectionState.ALERTING) {
        answerConn(conn);
        return;
      }
    }
    throw new CstaServiceException(
        StateIncompatibilityError.NO_CALL_TO_ANSWER, "device " + d + " has no alerting call");
  }

  /**
   * Clears every connection of {@code device} (internal or external); does nothing if it has none.
   */
  public synchronized void hangUp(String device) {
    String d = normalize(device);
    for (Conn conn : connsOf(d)) {
      if (isLive(conn)) {
        clearConn(conn);
      }
    }
  }

  /** Sets how the external number {@code number} reacts when called from now on. */
  public synchronized void setExternalBehaviour(String number, ExternalBehaviour behaviour) {
    String n = normalize(number);
    if (devices.contains(n)) {
      throw new CstaServiceException(
          OperationError.INVALID_DEVICE_ID, "device " + n + " is configured, not external");
    }
    externals.put(n, behaviour);
  }

  /**
   * Whether a configured device answers by itself after the auto-answer delay (the default); a
   * ringing timer that fires after it is switched off does nothing.
   */
  public synchronized void setAutoAnswer(String device, boolean on) {
    settings.get(requireDevice(device, OperationError.INVALID_DEVICE_ID)).autoAnswer = on;
  }

  /** The connections of {@code device} (internal or external), oldest call first. */
  public synchronized List<ConnectionId> connections(String device) {
    String d = normalize(device);
    List<ConnectionId> result = new ArrayList<>();
    for (Conn conn : connsOf(d)) {
      result.add(conn.id());
    }
    return List.copyOf(result);
  }

  /** The state of a connection, empty if it does not exist (or lacks a call id or device id). */
  public synchronized Optional<LocalConnectionState> state(ConnectionId connection) {
    if (connection.callId().isEmpty() || connection.deviceId().isEmpty()) {
      return Optional.empty();
    }
    Call call = calls.get(connection.callId().get());
    if (call == null) {
      return Optional.empty();
    }
    String d = connection.deviceId().get().value().strip();
    if (d.startsWith(trunkPrefix)) {
      d = d.substring(trunkPrefix.length());
    }
    Conn conn = call.conns.get(d);
    return conn == null ? Optional.empty() : Optional.of(conn.state);
  }

  /** How many calls exist (ringing, failed, connected or held alike). */
  public synchronized int activeCallCount() {
    return calls.size();
  }

  // ---------------------------------------------------------------- call logic

  private Call newCall(String calling, String called) {
    Call call = new Call(Long.toString(nextCallId++), calling, called);
    calls.put(call.id, call);
    return call;
  }

  /** ServiceInitiated and Originated at {@code a}, then the call is offered to {@code b}. */
  private Call originate(String a, String b, EventCause cause) {
    Call call = newCall(a, b);
    Conn conn = call.add(a, LocalConnectionState.INITIATED, cause);
    ConnectionId initiated = conn.id();
    ExtendedDeviceId aDev = dev(a);
    ExtendedDeviceId bDev = dev(b);
    emit(
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
    emit(
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
  private void offer(Call call, String target, EventCause cause) {
    Set<String> visited = new HashSet<>(call.conns.keySet());
    String dest = target;
    EventCause why = cause;
    while (true) {
      visited.add(dest);
      if (!devices.contains(dest)) {
        if (externals.getOrDefault(dest, ExternalBehaviour.ANSWER) == ExternalBehaviour.BUSY) {
          fail(call, dest, why, EventCause.BUSY);
        } else {
          deliver(call, dest, why);
        }
        return;
      }
      DeviceSettings s = settings.get(dest);
      boolean internalCaller = devices.contains(call.calling);
      String next =
          forwardTarget(
              s,
              internalCaller,
              ForwardingType.FORWARD_IMMEDIATE,
              ForwardingType.FORWARD_IMM_INT,
              ForwardingType.FORWARD_IMM_EXT);
      EventCause nextCause = EventCause.CALL_FORWARD_IMMEDIATE;
      if ((next == null || visited.contains(next)) && s.dnd) {
        next =
            forwardTarget(
                s,
                internalCaller,
                ForwardingType.FORWARD_DND,
                ForwardingType.FORWARD_DND_INT,
                ForwardingType.FORWARD_DND_EXT);
        nextCause = EventCause.CALL_FORWARD;
      }
      if ((next == null || visited.contains(next)) && !s.dnd && isBusy(dest)) {
        next =
            forwardTarget(
                s,
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
    emit(
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
    emit(
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
  private void divert(Conn conn, String to, EventCause cause) {
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
    emit(
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

  private void answerConn(Conn conn) {
    cancelTimer(conn);
    conn.state = LocalConnectionState.CONNECTED;
    Call call = conn.call;
    ConnectionId established = conn.id();
    ExtendedDeviceId answering = dev(conn.device);
    ExtendedDeviceId calling = dev(call.calling);
    ExtendedDeviceId called = dev(call.called);
    RedirectionDeviceId last = redirection(call);
    EventCause cause = conn.cause;
    emit(
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

  private void hold(Conn conn, EventCause cause) {
    conn.state = LocalConnectionState.HOLD;
    ConnectionId heldConnection = conn.id();
    ExtendedDeviceId holding = dev(conn.device);
    emit(
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
  private void clearConn(Conn conn) {
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
  private void teardown(Call call, @Nullable Conn first) {
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
    emit(
        call,
        List.of(),
        (xref, local) ->
            CallClearedEvent.builder()
                .monitorCrossRefId(xref)
                .clearedCall(cleared)
                .cause(EventCause.NORMAL_CLEARING)
                .build());
    call.conns.clear();
    calls.remove(call.id);
  }

  private void clearOne(Call call, Conn conn) {
    cancelTimer(conn);
    conn.state = LocalConnectionState.NULL;
    ConnectionId dropped = conn.id();
    ExtendedDeviceId releasing = dev(conn.device);
    emit(
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

  private synchronized void ringTimerFired(Conn conn, int generation) {
    if (generation != conn.timerGeneration
        || !isLive(conn)
        || conn.state != LocalConnectionState.ALERTING) {
      return;
    }
    conn.timer = null;
    conn.timerGeneration++;
    String next = noAnswerTarget(conn);
    if (next != null) {
      divert(conn, next, EventCause.CALL_FORWARD_NO_ANSWER);
    } else if (answersByItself(conn.device)) {
      answerConn(conn);
    }
  }

  private void cancelTimer(Conn conn) {
    conn.timerGeneration++;
    ScheduledFuture<?> timer = conn.timer;
    conn.timer = null;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private boolean answersByItself(String device) {
    DeviceSettings s = settings.get(device);
    if (s != null) {
      return s.autoAnswer;
    }
    return externals.getOrDefault(device, ExternalBehaviour.ANSWER) == ExternalBehaviour.ANSWER;
  }

  /** Where a ringing connection is forwarded on no answer; null if nowhere (or to a party). */
  private @Nullable String noAnswerTarget(Conn conn) {
    DeviceSettings s = settings.get(conn.device);
    if (s == null) {
      return null;
    }
    String next =
        forwardTarget(
            s,
            devices.contains(conn.call.calling),
            ForwardingType.FORWARD_NO_ANS,
            ForwardingType.FORWARD_NO_ANS_INT,
            ForwardingType.FORWARD_NO_ANS_EXT);
    return next == null || conn.call.conns.containsKey(next) ? null : next;
  }

  // ---------------------------------------------------------------- helpers

  private static @Nullable String forwardTarget(
      DeviceSettings s,
      boolean internalCaller,
      ForwardingType any,
      ForwardingType internal,
      ForwardingType external) {
    Forward specific = s.forwards.get(internalCaller ? internal : external);
    if (specific != null && specific.on) {
      return specific.to;
    }
    Forward general = s.forwards.get(any);
    return general != null && general.on ? general.to : null;
  }

  /** A device is busy when it takes part in a call that is connected, held or being dialled. */
  private boolean isBusy(String device) {
    for (Conn c : connsOf(device)) {
      if (c.state == LocalConnectionState.CONNECTED
          || c.state == LocalConnectionState.HOLD
          || c.state == LocalConnectionState.INITIATED) {
        return true;
      }
    }
    return false;
  }

  private void emit(Call call, List<String> extraObservers, EventFactory factory) {
    Map<String, LocalConnectionState> observers = new LinkedHashMap<>();
    for (Conn c : call.conns.values()) {
      observers.put(c.device, c.state);
    }
    for (String extra : extraObservers) {
      observers.putIfAbsent(extra, LocalConnectionState.NULL);
    }
    for (Map.Entry<String, LocalConnectionState> e : observers.entrySet()) {
      LocalConnectionState local = e.getValue();
      deliverTo(e.getKey(), xref -> factory.build(xref, local));
    }
  }

  private void deliverTo(String device, Function<String, CstaEvent> event) {
    try {
      listener.onDeviceEvent(device, event);
    } catch (RuntimeException e) {
      LOG.warn("PBX listener failed on an event for device {}", device, e);
    }
  }

  private String norm(String device, CstaErrorValue error) {
    String d = device.strip();
    if (d.isEmpty()) {
      throw new CstaServiceException(error, "device must not be blank");
    }
    if (d.startsWith("u-")) {
      if (d.startsWith(trunkPrefix) && devices.contains(d.substring(trunkPrefix.length()))) {
        return d.substring(trunkPrefix.length());
      }
      throw new CstaServiceException(
          error, "device " + d + " is not a configured device of trunk " + trunk);
    }
    return d;
  }

  private String requireDevice(String device, CstaErrorValue error) {
    String d = norm(device, error);
    if (!devices.contains(d)) {
      throw new CstaServiceException(error, "device " + d + " is not configured");
    }
    return d;
  }

  private String deviceOf(ConnectionId connection) {
    try {
      return norm(
          connection.deviceId().orElseThrow().value(), OperationError.INVALID_CONNECTION_ID);
    } catch (CstaServiceException e) {
      throw new CstaServiceException(
          OperationError.INVALID_CONNECTION_ID, "connection " + connection + " does not exist");
    }
  }

  /** The connection named by callId and deviceId; a deviceId alone names its only connection. */
  private Conn resolveConn(ConnectionId connection) {
    Optional<String> callId = connection.callId();
    if (connection.deviceId().isEmpty()) {
      String id = callId.orElseThrow();
      if (!calls.containsKey(id)) {
        throw new CstaServiceException(
            OperationError.INVALID_CALL_ID, "call " + id + " does not exist");
      }
      throw new CstaServiceException(
          OperationError.INVALID_CONNECTION_ID, "connection in call " + id + " needs a deviceId");
    }
    String d = deviceOf(connection);
    if (callId.isEmpty()) {
      List<Conn> conns = connsOf(d);
      if (conns.size() != 1) {
        throw new CstaServiceException(
            OperationError.INVALID_CONNECTION_ID,
            "device " + d + " has " + conns.size() + " connections; give a callId");
      }
      return conns.get(0);
    }
    Call call = calls.get(callId.get());
    Conn conn = call == null ? null : call.conns.get(d);
    if (conn == null) {
      throw new CstaServiceException(
          OperationError.INVALID_CONNECTION_ID,
          "connection (" + callId.get() + ", " + d + ") does not exist");
    }
    return conn;
  }

  /** A connection of a configured device: the only ones a client may answer, hold or transfer. */
  private Conn resolveOwnConn(ConnectionId connection) {
    Conn conn = resolveConn(connection);
    if (!devices.contains(conn.device)) {
      throw new CstaServiceException(
          OperationError.REQUEST_INCOMPATIBLE_WITH_CONNECTION,
          "connection " + describe(conn) + " is at external number " + conn.device);
    }
    return conn;
  }

  private Call resolveCall(ConnectionId connection) {
    if (connection.callId().isEmpty()) {
      return resolveConn(connection).call;
    }
    String id = connection.callId().get();
    Call call = calls.get(id);
    if (call == null) {
      throw connection.deviceId().isPresent()
          ? new CstaServiceException(
              OperationError.INVALID_CONNECTION_ID, "call " + id + " does not exist")
          : new CstaServiceException(
              OperationError.INVALID_CALL_ID, "call " + id + " does not exist");
    }
    if (connection.deviceId().isPresent() && !call.conns.containsKey(deviceOf(connection))) {
      throw new CstaServiceException(
          OperationError.INVALID_CONNECTION_ID,
          "device " + connection.deviceId().get().value() + " is not in call " + id);
    }
    return call;
  }

  private static void requireConnected(Conn conn) {
    if (conn.state != LocalConnectionState.CONNECTED) {
      throw new CstaServiceException(
          StateIncompatibilityError.NO_ACTIVE_CALL,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not connected");
    }
  }

  private static void requireHeld(Conn conn) {
    if (conn.state != LocalConnectionState.HOLD) {
      throw new CstaServiceException(
          StateIncompatibilityError.NO_HELD_CALL,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not held");
    }
  }

  private static void requireNotParty(Call call, String device) {
    if (call.conns.containsKey(device)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES,
          "device " + device + " is already a party of call " + call.id);
    }
  }

  private List<Conn> connsOf(String device) {
    List<Conn> result = new ArrayList<>();
    for (Call call : calls.values()) {
      Conn conn = call.conns.get(device);
      if (conn != null) {
        result.add(conn);
      }
    }
    return result;
  }

  private static List<Conn> others(Call call, String device) {
    List<Conn> result = new ArrayList<>();
    for (Conn c : call.conns.values()) {
      if (!c.device.equals(device)) {
        result.add(c);
      }
    }
    return result;
  }

  private boolean isLive(Conn conn) {
    return calls.get(conn.call.id) == conn.call && conn.call.conns.get(conn.device) == conn;
  }

  private static ConnectionListItem listItem(
      ConnectionId oldConnection, ConnectionId newConnection, String device) {
    return ConnectionListItem.builder()
        .oldConnection(oldConnection)
        .newConnection(newConnection)
        .endpoint(dev(device))
        .build();
  }

  private static RedirectionDeviceId redirection(Call call) {
    return call.lastRedirection == null
        ? RedirectionDeviceId.notRequired()
        : RedirectionDeviceId.numberDialed(call.lastRedirection);
  }

  private static ExtendedDeviceId dev(String device) {
    return ExtendedDeviceId.of(device);
  }

  private static String describe(Conn conn) {
    return "(" + conn.call.id + ", " + conn.device + ")";
  }

  /** Builds one event for one observer, from values captured when it happened. */
  @FunctionalInterface
  private interface EventFactory {
    CstaEvent build(String monitorCrossRefId, LocalConnectionState localConnectionInfo);
  }

  /** A call: its connections in the order the parties joined. */
  private static final class Call {
    final String id;
    final Map<String, Conn> conns = new LinkedHashMap<>();
    String calling;
    String called;
    @Nullable String lastRedirection;

    Call(String id, String calling, String called) {
      this.id = id;
      this.calling = calling;
      this.called = called;
    }

    Conn add(String device, LocalConnectionState state, EventCause cause) {
      Conn conn = new Conn(this, device, state, cause);
      conns.put(device, conn);
      return conn;
    }
  }

  /** A device's connection to a call; it may move to another call on transfer. */
  private static final class Conn {
    Call call;
    final String device;
    LocalConnectionState state;

    /** The cause reported when this connection is delivered and established. */
    EventCause cause;

    @Nullable ScheduledFuture<?> timer;
    int timerGeneration;

    Conn(Call call, String device, LocalConnectionState state, EventCause cause) {
      this.call = call;
      this.device = device;
      this.state = state;
      this.cause = cause;
    }

    ConnectionId id() {
      return ConnectionId.of(call.id, device);
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /** The feature settings of a configured device. */
  private static final class DeviceSettings {
    boolean dnd;
    boolean autoAnswer = true;
    final Map<ForwardingType, Forward> forwards = new EnumMap<>(ForwardingType.class);
  }

  /** One kind of forwarding: whether it is on and where it goes. */
  private static final class Forward {
    final boolean on;
    final @Nullable String to;

    Forward(boolean on, @Nullable String to) {
      this.on = on;
      this.to = to;
    }
  }
}
