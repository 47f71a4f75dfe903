package org.csta4j.session;

import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.RedirectionDeviceId;

/** The events the session's tests play the gateway with. */
final class TestEvents {
  private TestEvents() {}

  /** A call from 200 rings at {@code device}, on the monitor {@code crossRefId}. */
  static DeliveredEvent delivered(String crossRefId, String callId, String device) {
    return DeliveredEvent.builder()
        .monitorCrossRefId(crossRefId)
        .connection(ConnectionId.of(callId, device))
        .alertingDevice(ExtendedDeviceId.of(device))
        .callingDevice(ExtendedDeviceId.of("200"))
        .calledDevice(ExtendedDeviceId.of(device))
        .lastRedirectionDevice(RedirectionDeviceId.notRequired())
        .cause(EventCause.NEW_CALL)
        .build();
  }
}
