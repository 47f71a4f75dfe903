package org.csta4j.simulator.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.ConnectionListItem;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.OperationError;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.StateIncompatibilityError;
import org.csta4j.simulator.SimulatedPbx.ExternalBehaviour;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every service area of the {@link Pbx} shares: the configured devices and their feature
 * settings, the calls and their connections, how requests name them, and the event emission to the
 * {@link PbxListener}. Not thread-safe: callers hold the Pbx lock.
 */
final class PbxState {
  private static final Logger LOG = LoggerFactory.getLogger(Pbx.class);

  final int trunk;
  final String trunkPrefix;
  final Set<String> devices;
  private final PbxListener listener;

  final Map<String, Call> calls = new LinkedHashMap<>();
  final Map<String, DeviceSettings> settings = new HashMap<>();
  final Map<String, ExternalBehaviour> externals = new HashMap<>();
  private long nextCallId = 1;

  PbxState(int trunk, Set<String> devices, PbxListener listener) {
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
    this.listener = listener;
  }

  // ---------------------------------------------------------------- naming

  /** Whether {@code device} (in either form) is a configured device; never throws. */
  boolean isDevice(String device) {
    return devices.contains(stripTrunk(device));
  }

  /** {@code device} stripped, without this trunk's {@code u-<trunk>-} prefix; never throws. */
  String stripTrunk(String device) {
    String d = device.strip();
    return d.startsWith(trunkPrefix) ? d.substring(trunkPrefix.length()) : d;
  }

  /** The plain number of {@code device}; {@code error} for a blank or foreign {@code u-} form. */
  String norm(String device, CstaErrorValue error) {
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

  /** The plain number of a configured device; {@code error} for anything else. */
  String requireDevice(String device, CstaErrorValue error) {
    String d = norm(device, error);
    if (!devices.contains(d)) {
      throw new CstaServiceException(error, "device " + d + " is not configured");
    }
    return d;
  }

  /** The feature settings of a configured device, given by its plain number. */
  DeviceSettings settingsOf(String configuredDevice) {
    DeviceSettings s = settings.get(configuredDevice);
    if (s == null) {
      throw new IllegalStateException("device " + configuredDevice + " is not configured");
    }
    return s;
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
  Conn resolveConn(ConnectionId connection) {
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
  Conn resolveOwnConn(ConnectionId connection) {
    Conn conn = resolveConn(connection);
    if (!devices.contains(conn.device)) {
      throw new CstaServiceException(
          OperationError.REQUEST_INCOMPATIBLE_WITH_CONNECTION,
          "connection " + describe(conn) + " is at external number " + conn.device);
    }
    return conn;
  }

  /** The call named by a connection id: its call id, or its device's only connection. */
  Call resolveCall(ConnectionId connection) {
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

  /** The connection of {@code device} in {@code call} that {@code call} names, or null. */
  @Nullable Conn connOfNamedDevice(Call call, ConnectionId named) {
    return named.deviceId().isPresent() ? call.conns.get(deviceOf(named)) : null;
  }

  // ---------------------------------------------------------------- state queries

  /** The connections of {@code device} (a plain number), oldest call first. */
  List<Conn> connsOf(String device) {
    List<Conn> result = new ArrayList<>();
    for (Call call : calls.values()) {
      Conn conn = call.conns.get(device);
      if (conn != null) {
        result.add(conn);
      }
    }
    return result;
  }

  /** The connections of {@code call} other than {@code device}'s, in the order they joined. */
  static List<Conn> others(Call call, String device) {
    List<Conn> result = new ArrayList<>();
    for (Conn c : call.conns.values()) {
      if (!c.device.equals(device)) {
        result.add(c);
      }
    }
    return result;
  }

  /** Whether {@code conn} is still part of a live call. */
  boolean isLive(Conn conn) {
    return calls.get(conn.call.id) == conn.call && conn.call.conns.get(conn.device) == conn;
  }

  /** A device is busy when it takes part in a call that is connected, held or being dialled. */
  boolean isBusy(String device) {
    for (Conn c : connsOf(device)) {
      if (c.state == LocalConnectionState.CONNECTED
          || c.state == LocalConnectionState.HOLD
          || c.state == LocalConnectionState.INITIATED) {
        return true;
      }
    }
    return false;
  }

  /** How an external number reacts when called; answering unless a script said otherwise. */
  ExternalBehaviour externalBehaviour(String number) {
    return externals.getOrDefault(number, ExternalBehaviour.ANSWER);
  }

  /** A new call with the next call id, registered as live. */
  Call newCall(String calling, String called) {
    Call call = new Call(Long.toString(nextCallId++), calling, called);
    calls.put(call.id, call);
    return call;
  }

  // ---------------------------------------------------------------- events

  /**
   * Reports an event to every party of {@code call} and to {@code extraObservers} (with local state
   * null), each with its own local connection state as it is now.
   */
  void emit(Call call, List<String> extraObservers, EventFactory factory) {
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

  /** Reports an event to one device; a failing listener is logged, never thrown to the caller. */
  void deliverTo(String device, Function<String, CstaEvent> event) {
    try {
      listener.onDeviceEvent(device, event);
    } catch (RuntimeException e) {
      LOG.warn("PBX listener failed on an event for device {}", device, e);
    }
  }

  // ---------------------------------------------------------------- checks and values

  static void requireConnected(Conn conn) {
    if (conn.state != LocalConnectionState.CONNECTED) {
      throw new CstaServiceException(
          StateIncompatibilityError.NO_ACTIVE_CALL,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not connected");
    }
  }

  static void requireHeld(Conn conn) {
    if (conn.state != LocalConnectionState.HOLD) {
      throw new CstaServiceException(
          StateIncompatibilityError.NO_HELD_CALL,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not held");
    }
  }

  static void requireNotParty(Call call, String device) {
    if (call.conns.containsKey(device)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES,
          "device " + device + " is already a party of call " + call.id);
    }
  }

  static ConnectionListItem listItem(
      ConnectionId oldConnection, ConnectionId newConnection, String device) {
    return ConnectionListItem.builder()
        .oldConnection(oldConnection)
        .newConnection(newConnection)
        .endpoint(dev(device))
        .build();
  }

  static RedirectionDeviceId redirection(Call call) {
    String last = call.lastRedirection;
    return last == null
        ? RedirectionDeviceId.notRequired()
        : RedirectionDeviceId.numberDialed(last);
  }

  static ExtendedDeviceId dev(String device) {
    return ExtendedDeviceId.of(device);
  }

  static String describe(Conn conn) {
    return "(" + conn.call.id + ", " + conn.device + ")";
  }

  /** Builds one event for one observer, from values captured when it happened. */
  @FunctionalInterface
  interface EventFactory {
    CstaEvent build(String monitorCrossRefId, LocalConnectionState localConnectionInfo);
  }

  /** A call: its connections in the order the parties joined. */
  static final class Call {
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
  static final class Conn {
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
  static final class DeviceSettings {
    boolean dnd;
    boolean autoAnswer = true;
    final Map<ForwardingType, Forward> forwards = new EnumMap<>(ForwardingType.class);

    /**
     * Where a call goes by the forwarding of one trigger: the kind for the caller's side ({@code
     * internal} or {@code external}) if it is on, else the general kind {@code any} if it is on,
     * else null.
     */
    @Nullable String forwardTarget(
        boolean internalCaller,
        ForwardingType any,
        ForwardingType internal,
        ForwardingType external) {
      Forward specific = forwards.get(internalCaller ? internal : external);
      if (specific != null && specific.on()) {
        return specific.to();
      }
      Forward general = forwards.get(any);
      return general != null && general.on() ? general.to() : null;
    }
  }

  /** One kind of forwarding: whether it is on and where it goes. */
  record Forward(boolean on, @Nullable String to) {}
}
