package org.csta4j.simulator.internal;

import org.csta4j.model.CstaMessage;
import org.csta4j.model.SnapshotCall;
import org.csta4j.model.SnapshotDevice;

/** The snapshot services: the {@link Pbx}'s view of a device or a call, as the response. */
final class SnapshotServices {
  private SnapshotServices() {}

  static CstaMessage snapshotDevice(SnapshotDevice request, GatewaySession session) {
    return session.gateway().pbx().snapshotDevice(request.snapshotObject().value());
  }

  static CstaMessage snapshotCall(SnapshotCall request, GatewaySession session) {
    return session.gateway().pbx().snapshotCall(request.snapshotObject());
  }
}
