package org.csta4j.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csta4j.model.CallState;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.SimpleCallState;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.session.CallChange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CallTrackerTest {
  private final CallTracker tracker = new CallTracker();

  private static DeliveredEvent delivered(
      String callId, String device, @Nullable LocalConnectionState local) {
    DeliveredEvent.Builder b =
        DeliveredEvent.builder()
            .monitorCrossRefId("m")
            .connection(ConnectionId.of(callId, device))
            .alertingDevice(ExtendedDeviceId.of(device))
            .callingDevice(ExtendedDeviceId.of("200"))
            .calledDevice(ExtendedDeviceId.of(device))
            .lastRedirectionDevice(RedirectionDeviceId.notRequired())
            .cause(EventCause.NEW_CALL);
    if (local != null) {
      b.localConnectionInfo(local);
    }
    return b.build();
  }

  @Test
  void followsACallThroughItsEventsAtTheMonitoredDevice() {
    tracker.track("100");
    tracker.apply("100", delivered("c1", "100", null));
    assertThat(tracker.calls("100"))
        .containsExactly(Map.entry("c1", LocalConnectionState.ALERTING));
    tracker.apply(
        "100",
        EstablishedEvent.builder()
            .monitorCrossRefId("m")
            .establishedConnection(ConnectionId.of("c1", "100"))
            .answeringDevice(ExtendedDeviceId.of("100"))
            .callingDevice(ExtendedDeviceId.of("200"))
            .calledDevice(ExtendedDeviceId.of("100"))
            .lastRedirectionDevice(RedirectionDeviceId.notRequired())
            .cause(EventCause.NEW_CALL)
            .build());
    assertThat(tracker.calls("100")).containsEntry("c1", LocalConnectionState.CONNECTED);
    tracker.apply(
        "100",
        HeldEvent.builder()
            .monitorCrossRefId("m")
            .heldConnection(ConnectionId.of("c1", "100"))
            .holdingDevice(ExtendedDeviceId.of("100"))
            .cause(EventCause.NEW_CALL)
            .build());
    assertThat(tracker.calls("100")).containsEntry("c1", LocalConnectionState.HOLD);
    tracker.apply(
        "100",
        ConnectionClearedEvent.builder()
            .monitorCrossRefId("m")
            .droppedConnection(ConnectionId.of("c1", "100"))
            .releasingDevice(ExtendedDeviceId.of("100"))
            .cause(EventCause.NORMAL_CLEARING)
            .build());
    assertThat(tracker.calls("100")).isEmpty();
  }

  @Test
  void localConnectionInfoWinsOverTheConnectionTheEventNames() {
    tracker.track("100");
    // the far end alerts; the monitored device's own connection is connected
    tracker.apply("100", delivered("c1", "200", LocalConnectionState.CONNECTED));
    assertThat(tracker.calls("100")).containsEntry("c1", LocalConnectionState.CONNECTED);
    // without local info, an event about another device's connection says nothing about ours
    tracker.apply("100", delivered("c2", "200", null));
    assertThat(tracker.calls("100")).doesNotContainKey("c2");
    // the far end leaving does not end our connection
    tracker.apply(
        "100",
        ConnectionClearedEvent.builder()
            .monitorCrossRefId("m")
            .droppedConnection(ConnectionId.of("c1", "200"))
            .releasingDevice(ExtendedDeviceId.of("200"))
            .cause(EventCause.NORMAL_CLEARING)
            .build());
    assertThat(tracker.calls("100")).containsKey("c1");
  }

  @Test
  void untrackedDevicesAreIgnored() {
    tracker.apply("999", delivered("c1", "999", null));
    assertThat(tracker.calls("999")).isEmpty();
    assertThat(tracker.all()).isEmpty();
  }

  @Test
  void aSnapshotReplacesTheStateAndTheDiffNamesEveryChange() {
    tracker.track("100");
    tracker.track("101");
    tracker.apply("100", delivered("c1", "100", null));
    tracker.apply("100", delivered("c2", "100", LocalConnectionState.CONNECTED));
    Map<String, Map<String, LocalConnectionState>> before = tracker.all();
    tracker.replace(
        "100",
        SnapshotDeviceResponse.builder()
            .addSnapshotData(
                SnapshotDeviceResponseInfo.builder()
                    .connectionIdentifier(ConnectionId.of("c2", "100"))
                    .localCallState(
                        CallState.ofCompound(
                            List.of(LocalConnectionState.HOLD, LocalConnectionState.CONNECTED)))
                    .build(),
                SnapshotDeviceResponseInfo.builder()
                    .connectionIdentifier(ConnectionId.of("c3", "100"))
                    .localCallState(CallState.ofSimple(SimpleCallState.CALL_RECEIVED))
                    .build(),
                SnapshotDeviceResponseInfo.builder()
                    .connectionIdentifier(ConnectionId.of("c4", "100"))
                    .localCallState(CallState.ofUnknown())
                    .build())
            .build());
    assertThat(tracker.calls("100"))
        .containsOnly(
            Map.entry("c2", LocalConnectionState.HOLD),
            Map.entry("c3", LocalConnectionState.ALERTING));
    assertThat(CallTracker.diff(before, tracker.all(), Set.of("100", "101")))
        .containsExactly(
            CallChange.of("100", "c1", LocalConnectionState.ALERTING, null),
            CallChange.of("100", "c2", LocalConnectionState.CONNECTED, LocalConnectionState.HOLD),
            CallChange.of("100", "c3", null, LocalConnectionState.ALERTING));
  }

  @Test
  void simpleCallStatesMapToTheLocalEnd() {
    assertThat(CallTracker.localState(CallState.ofSimple(SimpleCallState.CALL_DELIVERED)))
        .isEqualTo(LocalConnectionState.CONNECTED);
    assertThat(CallTracker.localState(CallState.ofSimple(SimpleCallState.CALL_ESTABLISHED_HELD)))
        .isEqualTo(LocalConnectionState.HOLD);
    assertThat(CallTracker.localState(CallState.ofSimple(SimpleCallState.CALL_PENDING)))
        .isEqualTo(LocalConnectionState.INITIATED);
    assertThat(CallTracker.localState(CallState.ofSimple(SimpleCallState.CALL_BLOCKED)))
        .isEqualTo(LocalConnectionState.FAIL);
    assertThat(CallTracker.localState(CallState.ofUnknown())).isNull();
  }
}
