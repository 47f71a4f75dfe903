package org.csta4j.simulator.internal;

import org.csta4j.model.CstaMessage;
import org.csta4j.model.DeviceId;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.MonitorStopResponse;
import org.csta4j.model.MonitorTrunk;
import org.csta4j.model.OperationError;
import org.csta4j.model.PrivateData;

/**
 * The monitoring services: a monitor on one configured device, uni-tel's MonitorTrunk on every
 * device, and MonitorStop. Cross reference ids are unique per gateway; monitors belong to the
 * session and end with it.
 */
final class MonitoringServices {
  private MonitoringServices() {}

  static CstaMessage start(MonitorStart request, GatewaySession session) {
    Pbx pbx = session.gateway().pbx();
    DeviceId device =
        request
            .monitorObject()
            .deviceObject()
            .orElseThrow(
                () ->
                    new CstaServiceException(
                        OperationError.INVALID_MONITOR_OBJECT_TYPE,
                        "only devices can be monitored"));
    String number = pbx.normalize(device.value());
    if (!pbx.isDevice(number)) {
      throw new CstaServiceException(
          OperationError.INVALID_DEVICE_ID, "device " + device.value() + " is not configured");
    }
    String xref = session.gateway().nextMonitorId();
    session.addMonitor(xref, number);
    return MonitorStartResponse.of(xref);
  }

  static CstaMessage trunk(MonitorTrunk request, GatewaySession session) {
    String xref = session.gateway().nextMonitorId();
    session.addMonitor(xref, null);
    return MonitorStartResponse.builder()
        .monitorCrossRefId(xref)
        .privateData(
            PrivateData.builder().monitorCount(session.gateway().pbx().deviceCount()).build())
        .build();
  }

  static CstaMessage stop(MonitorStop request, GatewaySession session) {
    String xref = request.monitorCrossRefId();
    if (!session.removeMonitor(xref)) {
      throw new CstaServiceException(
          OperationError.INVALID_MONITOR_CROSS_REF_ID, "no monitor " + xref);
    }
    return MonitorStopResponse.of();
  }
}
