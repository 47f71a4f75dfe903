package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.RawJson;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.UnknownEvent;
import org.junit.jupiter.api.Test;

class EventNamesTest {
  @Test
  void aKnownEventHasItsHubNameWithoutTheSuffix() {
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
    assertThat(EventNames.name(delivered)).isEqualTo("Delivered");
  }

  @Test
  void anUnknownEventKeepsTheNameItCameWith() {
    UnknownEvent parked = UnknownEvent.of("ParkedCall", RawJson.of("{\"lot\":\n  7}"));
    assertThat(EventNames.name(parked)).isEqualTo("ParkedCall");
  }
}
