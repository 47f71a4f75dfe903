package org.csta4j.simulator.internal;

import static org.csta4j.simulator.internal.PbxState.describe;
import static org.csta4j.simulator.internal.PbxState.dev;
import static org.csta4j.simulator.internal.PbxState.listItem;
import static org.csta4j.simulator.internal.PbxState.others;
import static org.csta4j.simulator.internal.PbxState.requireConnected;
import static org.csta4j.simulator.internal.PbxState.requireHeld;
import static org.csta4j.simulator.internal.PbxState.requireNotParty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.ConnectionListItem;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.OperationError;
import org.csta4j.model.RetrievedEvent;
import org.csta4j.model.StateIncompatibilityError;
import org.csta4j.model.TransferedEvent;
import org.csta4j.simulator.internal.PbxState.Call;
import org.csta4j.simulator.internal.PbxState.Conn;

/**
 * The call control services of ECMA-269 (make, clear, answer, hold, retrieve, consult, transfer,
 * deflect) on the PBX state. Callers hold the Pbx lock; see {@link Pbx} for each service's rules.
 */
final class CallControl {
  private final PbxState pbx;
  private final CallFlow flow;

  CallControl(PbxState pbx, CallFlow flow) {
    this.pbx = pbx;
    this.flow = flow;
  }

  ConnectionId makeCall(String calling, String called) {
    String a = pbx.requireDevice(calling, OperationError.INVALID_CALLING_DEVICE_ID);
    String b = pbx.norm(called, OperationError.INVALID_CALLED_DEVICE_ID);
    if (a.equals(b)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES, "device " + a + " cannot call itself");
    }
    Call call = flow.originate(a, b, EventCause.NEW_CALL);
    return ConnectionId.of(call.id, a);
  }

  void clearConnection(ConnectionId connection) {
    flow.clear(pbx.resolveConn(connection));
  }

  void clearCall(ConnectionId call) {
    Call c = pbx.resolveCall(call);
    flow.teardown(c, pbx.connOfNamedDevice(c, call));
  }

  void answerCall(ConnectionId alerting) {
    Conn conn = pbx.resolveOwnConn(alerting);
    if (conn.state != LocalConnectionState.ALERTING) {
      throw new CstaServiceException(
          StateIncompatibilityError.NO_CALL_TO_ANSWER,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not alerting");
    }
    flow.answer(conn);
  }

  void holdCall(ConnectionId active) {
    Conn conn = pbx.resolveOwnConn(active);
    requireConnected(conn);
    flow.hold(conn, EventCause.NORMAL);
  }

  void retrieveCall(ConnectionId held) {
    Conn conn = pbx.resolveOwnConn(held);
    requireHeld(conn);
    conn.state = LocalConnectionState.CONNECTED;
    ConnectionId retrieved = conn.id();
    ExtendedDeviceId retrieving = dev(conn.device);
    pbx.emit(
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

  ConnectionId consultationCall(ConnectionId existing, String consulted) {
    Conn conn = pbx.resolveOwnConn(existing);
    String target = pbx.norm(consulted, OperationError.INVALID_CALLED_DEVICE_ID);
    requireConnected(conn);
    if (target.equals(conn.device)) {
      throw new CstaServiceException(
          OperationError.NOT_DIFFERENT_DEVICES, "device " + target + " cannot consult itself");
    }
    flow.hold(conn, EventCause.CONSULTATION);
    Call call = flow.originate(conn.device, target, EventCause.CONSULTATION);
    return ConnectionId.of(call.id, conn.device);
  }

  ConnectionId transferCall(ConnectionId held, ConnectionId active) {
    Conn h = pbx.resolveOwnConn(held);
    Conn act = pbx.resolveOwnConn(active);
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

    flow.cancelTimer(h);
    flow.cancelTimer(act);
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
    pbx.calls.remove(secondary.id);
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

  ConnectionId singleStepTransferCall(ConnectionId active, String to) {
    Conn conn = pbx.resolveOwnConn(active);
    String target = pbx.norm(to, OperationError.INVALID_DESTINATION_DEVICE_ID);
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

    flow.cancelTimer(conn);
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
    flow.offer(call, target, EventCause.SINGLE_STEP_TRANSFER);
    return ConnectionId.of(call.id, firstRemaining);
  }

  void deflectCall(ConnectionId alerting, String to) {
    Conn conn = pbx.resolveOwnConn(alerting);
    String target = pbx.norm(to, OperationError.INVALID_DESTINATION_DEVICE_ID);
    if (conn.state != LocalConnectionState.ALERTING) {
      throw new CstaServiceException(
          StateIncompatibilityError.INVALID_CONNECTION_STATE,
          "connection " + describe(conn) + " is " + conn.state.wireName() + ", not alerting");
    }
    requireNotParty(conn.call, target);
    flow.divert(conn, target, EventCause.REDIRECTED);
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
    pbx.emit(
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
}
