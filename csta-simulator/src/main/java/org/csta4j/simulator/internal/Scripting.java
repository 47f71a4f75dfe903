package org.csta4j.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.EventCause;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.OperationError;
import org.csta4j.model.StateIncompatibilityError;
import org.csta4j.simulator.SimulatedPbx.ExternalBehaviour;
import org.csta4j.simulator.internal.PbxState.Call;
import org.csta4j.simulator.internal.PbxState.Conn;

/**
 * What a test does at the phones rather than through CSTA: incoming calls, answering and hanging
 * up, the behaviour of external numbers, and read-only views of the calls. Callers hold the Pbx
 * lock; see {@link Pbx} for the rules.
 */
final class Scripting {
  private final PbxState pbx;
  private final CallFlow flow;

  Scripting(PbxState pbx, CallFlow flow) {
    this.pbx = pbx;
    this.flow = flow;
  }

  String incomingCall(String from, String to) {
    String f = pbx.norm(from, OperationError.INVALID_CALLING_DEVICE_ID);
    String t = pbx.norm(to, OperationError.INVALID_CALLED_DEVICE_ID);
    if (f.equals(t)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES, "device " + f + " cannot call itself");
    }
    if (pbx.devices.contains(f)) {
      return flow.originate(f, t, EventCause.NEW_CALL).id;
    }
    Call call = pbx.newCall(f, t);
    call.add(f, LocalConnectionState.CONNECTED, EventCause.NEW_CALL);
    flow.offer(call, t, EventCause.NEW_CALL);
    return call.id;
  }

  void answer(String device) {
    String d = pbx.norm(device, OperationError.INVALID_DEVICE_ID);
    for (Conn conn : pbx.connsOf(d)) {
      if (conn.state == LocalConnectionState.ALERTING) {
        flow.answer(conn);
        return;
      }
    }
    throw new CstaServiceException(
        StateIncompatibilityError.NO_CALL_TO_ANSWER, "device " + d + " has no alerting call");
  }

  void hangUp(String device) {
    String d = pbx.norm(device, OperationError.INVALID_DEVICE_ID);
    for (Conn conn : pbx.connsOf(d)) {
      if (pbx.isLive(conn)) {
        flow.clear(conn);
      }
    }
  }

  void setExternalBehaviour(String number, ExternalBehaviour behaviour) {
    String n = pbx.norm(number, OperationError.INVALID_DEVICE_ID);
    if (pbx.devices.contains(n)) {
      throw new CstaServiceException(
          OperationError.INVALID_DEVICE_ID, "device " + n + " is configured, not external");
    }
    pbx.externals.put(n, behaviour);
  }

  void setAutoAnswer(String device, boolean on) {
    pbx.settingsOf(pbx.requireDevice(device, OperationError.INVALID_DEVICE_ID)).autoAnswer = on;
  }

  List<ConnectionId> connections(String device) {
    String d = pbx.norm(device, OperationError.INVALID_DEVICE_ID);
    List<ConnectionId> result = new ArrayList<>();
    for (Conn conn : pbx.connsOf(d)) {
      result.add(conn.id());
    }
    return List.copyOf(result);
  }

  Optional<LocalConnectionState> state(ConnectionId connection) {
    if (connection.callId().isEmpty() || connection.deviceId().isEmpty()) {
      return Optional.empty();
    }
    Call call = pbx.calls.get(connection.callId().get());
    if (call == null) {
      return Optional.empty();
    }
    Conn conn = call.conns.get(pbx.stripTrunk(connection.deviceId().get().value()));
    return conn == null ? Optional.empty() : Optional.of(conn.state);
  }

  int activeCallCount() {
    return pbx.calls.size();
  }
}
