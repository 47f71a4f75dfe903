package org.csta4j.simulator.internal;

import static org.csta4j.simulator.internal.PbxState.dev;
import static org.csta4j.simulator.internal.PbxState.others;

import java.util.ArrayList;
import java.util.List;
import org.csta4j.model.CallState;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.OperationError;
import org.csta4j.model.SnapshotCallResponse;
import org.csta4j.model.SnapshotCallResponseInfo;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.simulator.internal.PbxState.Call;
import org.csta4j.simulator.internal.PbxState.Conn;

/**
 * The snapshot services of ECMA-269 on the PBX state: what a device or a call looks like now.
 * Callers hold the Pbx lock; see {@link Pbx} for what each snapshot holds.
 */
final class Snapshots {
  private final PbxState pbx;

  Snapshots(PbxState pbx) {
    this.pbx = pbx;
  }

  SnapshotDeviceResponse snapshotDevice(String device) {
    String d = pbx.requireDevice(device, OperationError.INVALID_DEVICE_ID);
    SnapshotDeviceResponse.Builder response = SnapshotDeviceResponse.builder();
    for (Conn conn : pbx.connsOf(d)) {
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

  SnapshotCallResponse snapshotCall(ConnectionId call) {
    Call c = pbx.resolveCall(call);
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
}
