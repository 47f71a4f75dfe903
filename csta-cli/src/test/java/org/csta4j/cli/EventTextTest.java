package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.RawJson;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.UnknownEvent;
import org.junit.jupiter.api.Test;

class EventTextTest {
  @Test
  void namesTheCallTheDevicesAndAnUnusualCause() {
    DeliveredEvent delivered =
        DeliveredEvent.builder()
            .monitorCrossRefId("7")
            .connection(ConnectionId.of("42", "101"))
            .alertingDevice(ExtendedDeviceId.of("101"))
            .callingDevice(ExtendedDeviceId.restricted())
            .calledDevice(ExtendedDeviceId.of("101"))
            .lastRedirectionDevice(RedirectionDeviceId.notRequired())
            .cause(EventCause.NEW_CALL)
            .build();
    assertThat(EventText.name(delivered)).isEqualTo("Delivered");
    assertThat(EventText.callId(delivered)).contains("42");
    assertThat(EventText.describe(delivered))
        .isEqualTo("call 42: 101 is ringing, (withheld) calling [newCall]");

    ConnectionClearedEvent cleared =
        ConnectionClearedEvent.builder()
            .monitorCrossRefId("7")
            .droppedConnection(ConnectionId.of("42", "100"))
            .releasingDevice(ExtendedDeviceId.notKnown())
            .cause(EventCause.NORMAL)
            .build();
    assertThat(EventText.describe(cleared)).isEqualTo("call 42: (unknown) left the call");
  }

  @Test
  void anUnknownEventShowsItsPayloadOnOneLine() {
    UnknownEvent parked = UnknownEvent.of("ParkedCall", RawJson.of("{\"lot\":\n  7}"));
    assertThat(EventText.name(parked)).isEqualTo("ParkedCall");
    assertThat(EventText.describe(parked)).isEqualTo("{\"lot\": 7}");
  }
}
