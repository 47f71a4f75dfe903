package org.csta4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.csta4j.model.CallClearedEvent;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DoNotDisturbEvent;
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
    assertThat(EventText.callId(delivered)).contains("42");
    assertThat(EventText.connection(delivered)).contains(ConnectionId.of("42", "101"));
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

    CallClearedEvent ended =
        CallClearedEvent.builder()
            .monitorCrossRefId("7")
            .clearedCall(ConnectionId.ofCall("42"))
            .cause(EventCause.NORMAL_CLEARING)
            .build();
    assertThat(EventText.describe(ended)).isEqualTo("call 42: the call ended [normalClearing]");
  }

  @Test
  void aDeviceEventNamesNoCall() {
    DoNotDisturbEvent dnd =
        DoNotDisturbEvent.builder()
            .monitorCrossRefId("7")
            .device(ExtendedDeviceId.of("100"))
            .doNotDisturbOn(true)
            .build();
    assertThat(EventText.callId(dnd)).isEmpty();
    assertThat(EventText.describe(dnd)).isEqualTo("100 do not disturb on");
  }

  @Test
  void anUnknownEventShowsItsPayloadOnOneLineCutShort() {
    UnknownEvent parked = UnknownEvent.of("ParkedCall", RawJson.of("{\"lot\":\n  7}"));
    assertThat(EventText.describe(parked)).isEqualTo("{\"lot\": 7}");

    UnknownEvent big = UnknownEvent.of("Big", RawJson.of("\"" + "x".repeat(300) + "\""));
    assertThat(EventText.describe(big)).hasSize(203).endsWith("...");
  }
}
