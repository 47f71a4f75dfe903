package org.csta4j.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.csta4j.model.CallClearedEvent;
import org.csta4j.model.CallState;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.ConnectionListItem;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DeviceId;
import org.csta4j.model.DivertedEvent;
import org.csta4j.model.DoNotDisturbEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.FailedEvent;
import org.csta4j.model.ForwardListItem;
import org.csta4j.model.ForwardingEvent;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.OperationError;
import org.csta4j.model.OriginatedEvent;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.RetrievedEvent;
import org.csta4j.model.ServiceInitiatedEvent;
import org.csta4j.model.SnapshotCallResponse;
import org.csta4j.model.SnapshotCallResponseInfo;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.model.StateIncompatibilityError;
import org.csta4j.model.TransferedEvent;
import org.csta4j.simulator.SimulatedPbx.ExternalBehaviour;
import org.junit.jupiter.api.Test;

class PbxTest {
  private static final String XREF = "x1";
  private static final Duration DELAY = Duration.ofSeconds(3);
  private static final String EXT = "5551234";

  private final Recorder events = new Recorder();
  private final ManualScheduler scheduler = new ManualScheduler();

  private Pbx pbx(Duration autoAnswerDelay) {
    return new Pbx(1, Set.of("100", "101", "102"), autoAnswerDelay, scheduler, events);
  }

  private static ConnectionId conn(String callId, String device) {
    return ConnectionId.of(callId, device);
  }

  // ------------------------------------------------------------------ make call

  @Test
  void makeCallReportsTheEcmaSequenceAtBothPartiesAndAutoAnswers() {
    Pbx pbx = pbx(DELAY);

    ConnectionId calling = pbx.makeCall("100", "101");

    assertThat(calling).isEqualTo(conn("1", "100"));
    assertThat(events.all())
        .containsExactly(
            "100: ServiceInitiated 1/100 by 100 [initiated] newCall",
            "100: Originated 1/100 100->101 [connected] newCall",
            "100: Delivered 1/101 at 101 100->101 last=- [connected] newCall",
            "101: Delivered 1/101 at 101 100->101 last=- [alerting] newCall");
    assertThat(pbx.state(conn("1", "100"))).contains(LocalConnectionState.CONNECTED);
    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.ALERTING);
    assertThat(scheduler.pending()).hasSize(1);
    assertThat(scheduler.pending().get(0).getDelay(TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(compound(pbx.snapshotDevice("100")))
        .containsExactly(List.of(LocalConnectionState.CONNECTED, LocalConnectionState.ALERTING));
    assertThat(compound(pbx.snapshotDevice("101")))
        .containsExactly(List.of(LocalConnectionState.ALERTING, LocalConnectionState.CONNECTED));
    assertThat(pbx.snapshotDevice("101").snapshotData().get(0).endpointDevice())
        .contains(ExtendedDeviceId.of("100"));

    events.clear();
    scheduler.runPending();

    assertThat(events.all())
        .containsExactly(
            "100: Established 1/101 by 101 100->101 last=- [connected] newCall",
            "101: Established 1/101 by 101 100->101 last=- [connected] newCall");
    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.CONNECTED);
    SnapshotCallResponse call = pbx.snapshotCall(ConnectionId.ofCall("1"));
    assertThat(parties(call)).containsExactly("1/100 connected", "1/101 connected");
    assertThat(call.callingDevice()).contains(ExtendedDeviceId.of("100"));
    assertThat(call.calledDevice()).contains(ExtendedDeviceId.of("101"));
    assertThat(pbx.activeCallCount()).isEqualTo(1);
  }

  @Test
  void eventsCarryTheTypedFieldsAndTheMonitorCrossRefId() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", "101");

    DeliveredEvent delivered = (DeliveredEvent) events.of("101").get(0);
    assertThat(delivered.monitorCrossRefId()).isEqualTo(XREF);
    assertThat(delivered.connection()).isEqualTo(conn("1", "101"));
    assertThat(delivered.alertingDevice()).isEqualTo(ExtendedDeviceId.of("101"));
    assertThat(delivered.callingDevice()).isEqualTo(ExtendedDeviceId.of("100"));
    assertThat(delivered.calledDevice()).isEqualTo(ExtendedDeviceId.of("101"));
    assertThat(delivered.lastRedirectionDevice()).isEqualTo(RedirectionDeviceId.notRequired());
    assertThat(delivered.localConnectionInfo()).contains(LocalConnectionState.ALERTING);
    ServiceInitiatedEvent initiated = (ServiceInitiatedEvent) events.of("100").get(0);
    assertThat(initiated.initiatingDevice()).isEqualTo(ExtendedDeviceId.of("100"));
    assertThat(initiated.initiatedConnection()).isEqualTo(conn("1", "100"));
  }

  @Test
  void eventFunctionsKeepTheStateOfTheMomentTheyHappened() {
    List<Function<String, CstaEvent>> kept = new ArrayList<>();
    Pbx pbx = new Pbx(1, Set.of("100", "101"), Duration.ZERO, scheduler, (d, e) -> kept.add(e));
    pbx.makeCall("100", "101");
    pbx.answer("101");
    pbx.hangUp("100");

    DeliveredEvent delivered = (DeliveredEvent) kept.get(2).apply("late");
    assertThat(delivered.monitorCrossRefId()).isEqualTo("late");
    assertThat(delivered.localConnectionInfo()).contains(LocalConnectionState.CONNECTED);
    assertThat(((DeliveredEvent) kept.get(3).apply("m")).localConnectionInfo())
        .contains(LocalConnectionState.ALERTING);
  }

  @Test
  void devicesAreAlsoAddressedInTheTrunkForm() {
    Pbx pbx = pbx(Duration.ZERO);

    ConnectionId calling = pbx.makeCall("u-1-100", "u-1-101");

    assertThat(calling).isEqualTo(conn("1", "100"));
    assertThat(events.devices()).containsExactly("100", "100", "100", "101");
    pbx.answerCall(ConnectionId.of("1", "u-1-101"));
    assertThat(pbx.state(conn("1", "u-1-101"))).contains(LocalConnectionState.CONNECTED);
    assertThat(pbx.connections("u-1-100")).containsExactly(conn("1", "100"));
    assertThat(pbx.snapshotDevice("u-1-101").snapshotData()).hasSize(1);
    assertThat(pbx.normalize("u-1-102")).isEqualTo("102");
    assertThat(pbx.normalize(" 102 ")).isEqualTo("102");
    assertThat(pbx.normalize(EXT)).isEqualTo(EXT);
    assertThat(pbx.isDevice("u-1-100")).isTrue();
    assertThat(pbx.isDevice("100")).isTrue();
    assertThat(pbx.isDevice("u-2-100")).isFalse();
    assertThat(pbx.isDevice(EXT)).isFalse();
    assertThat(pbx.isDevice("")).isFalse();
  }

  @Test
  void unknownDevicesCallsAndConnectionsAreRefusedWithoutSideEffects() {
    Pbx pbx = pbx(DELAY);

    CstaServiceException e =
        assertError(() -> pbx.makeCall("999", "101"), OperationError.INVALID_CALLING_DEVICE_ID);
    assertThat(e).hasMessage("invalidCallingDeviceID: device 999 is not configured");
    assertError(() -> pbx.makeCall("u-2-100", "101"), OperationError.INVALID_CALLING_DEVICE_ID);
    assertError(() -> pbx.makeCall("100", "u-2-101"), OperationError.INVALID_CALLED_DEVICE_ID);
    assertError(() -> pbx.makeCall("100", " "), OperationError.INVALID_CALLED_DEVICE_ID);
    assertError(() -> pbx.makeCall("100", "u-1-100"), OperationError.NOT_DIFFERENT_DEVICES);
    assertError(() -> pbx.normalize("u-2-100"), OperationError.INVALID_DEVICE_ID);
    assertError(() -> pbx.normalize("u-1-999"), OperationError.INVALID_DEVICE_ID);
    assertError(() -> pbx.normalize(""), OperationError.INVALID_DEVICE_ID);
    assertThat(assertError(() -> pbx.snapshotDevice("999"), OperationError.INVALID_DEVICE_ID))
        .hasMessage("invalidDeviceID: device 999 is not configured");
    assertError(() -> pbx.setDoNotDisturb(EXT, true), OperationError.INVALID_DEVICE_ID);
    assertError(
        () -> pbx.setForwarding("999", ForwardingType.FORWARD_IMMEDIATE, true, "100"),
        OperationError.INVALID_DEVICE_ID);
    assertError(() -> pbx.setAutoAnswer("u-2-100", false), OperationError.INVALID_DEVICE_ID);
    assertError(
        () -> pbx.setExternalBehaviour("100", ExternalBehaviour.BUSY),
        OperationError.INVALID_DEVICE_ID);
    assertError(() -> pbx.clearConnection(conn("42", "100")), OperationError.INVALID_CONNECTION_ID);
    assertError(() -> pbx.clearCall(ConnectionId.ofCall("42")), OperationError.INVALID_CALL_ID);
    assertError(() -> pbx.snapshotCall(ConnectionId.ofCall("42")), OperationError.INVALID_CALL_ID);
    assertThat(events.all()).isEmpty();
    assertThat(pbx.activeCallCount()).isZero();
    assertThat(scheduler.pending()).isEmpty();

    pbx.makeCall("100", "101");
    events.clear();
    assertError(() -> pbx.answerCall(conn("1", "102")), OperationError.INVALID_CONNECTION_ID);
    assertError(() -> pbx.answerCall(conn("1", "u-2-101")), OperationError.INVALID_CONNECTION_ID);
    assertError(() -> pbx.holdCall(ConnectionId.ofCall("1")), OperationError.INVALID_CONNECTION_ID);
    assertError(() -> pbx.snapshotCall(conn("1", "102")), OperationError.INVALID_CONNECTION_ID);
    assertError(() -> pbx.clearCall(conn("7", "100")), OperationError.INVALID_CONNECTION_ID);
    assertThat(pbx.state(conn("1", "102"))).isEmpty();
    assertThat(pbx.state(conn("9", "100"))).isEmpty();
    assertThat(events.all()).isEmpty();
  }

  // ------------------------------------------------------------------ externals

  @Test
  void aBusyExternalFailsTheCall() {
    Pbx pbx = pbx(DELAY);
    pbx.setExternalBehaviour(EXT, ExternalBehaviour.BUSY);

    pbx.makeCall("100", EXT);

    assertThat(events.all())
        .containsExactly(
            "100: ServiceInitiated 1/100 by 100 [initiated] newCall",
            "100: Originated 1/100 100->5551234 [connected] newCall",
            "100: Failed 1/5551234 at 5551234 100->5551234 last=- [connected] busy",
            "5551234: Failed 1/5551234 at 5551234 100->5551234 last=- [fail] busy");
    assertThat(pbx.state(conn("1", EXT))).contains(LocalConnectionState.FAIL);
    assertThat(parties(pbx.snapshotCall(conn("1", "100"))))
        .containsExactly("1/100 connected", "1/5551234 fail");
    assertThat(scheduler.pending()).isEmpty();

    pbx.clearConnection(conn("1", "100"));

    assertThat(pbx.activeCallCount()).isZero();
    assertThat(pbx.snapshotDevice("100").snapshotData()).isEmpty();
  }

  @Test
  void aNoAnswerExternalKeepsRingingUntilAnsweredByScript() {
    Pbx pbx = pbx(DELAY);
    pbx.setExternalBehaviour(EXT, ExternalBehaviour.NO_ANSWER);

    pbx.makeCall("100", EXT);

    assertThat(events.of(EXT)).hasSize(1);
    assertThat(pbx.state(conn("1", EXT))).contains(LocalConnectionState.ALERTING);
    assertThat(scheduler.pending()).isEmpty();

    events.clear();
    pbx.answer(EXT);

    assertThat(events.all())
        .containsExactly(
            "100: Established 1/5551234 by 5551234 100->5551234 last=- [connected] newCall",
            "5551234: Established 1/5551234 by 5551234 100->5551234 last=- [connected] newCall");
  }

  @Test
  void anExternalAnswersAfterTheDelayByDefault() {
    Pbx pbx = pbx(DELAY);

    pbx.makeCall("100", EXT);
    scheduler.runPending();

    assertThat(pbx.state(conn("1", EXT))).contains(LocalConnectionState.CONNECTED);
    assertThat(events.of("100")).last().isInstanceOf(EstablishedEvent.class);
  }

  @Test
  void anIncomingCallFromOutsideAlertsTheDevice() {
    Pbx pbx = pbx(Duration.ZERO);

    String callId = pbx.incomingCall(EXT, "u-1-101");

    assertThat(callId).isEqualTo("1");
    assertThat(events.all())
        .containsExactly(
            "5551234: Delivered 1/101 at 101 5551234->101 last=- [connected] newCall",
            "101: Delivered 1/101 at 101 5551234->101 last=- [alerting] newCall");
    pbx.answer("101");
    assertThat(parties(pbx.snapshotCall(ConnectionId.ofCall("1"))))
        .containsExactly("1/5551234 connected", "1/101 connected");
    assertThat(pbx.incomingCall("102", "100")).isEqualTo("2");
    assertThat(events.of("102").get(0)).isInstanceOf(ServiceInitiatedEvent.class);
  }

  // ------------------------------------------------------------------ clearing

  @Test
  void clearingOnePartyOfATwoPartyCallClearsTheCall() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", "101");
    pbx.answer("101");
    events.clear();

    pbx.clearConnection(conn("1", "101"));

    assertThat(events.all())
        .containsExactly(
            "100: ConnectionCleared 1/101 by 101 [connected] normalClearing",
            "101: ConnectionCleared 1/101 by 101 [null] normalClearing",
            "100: ConnectionCleared 1/100 by 100 [null] normalClearing",
            "101: ConnectionCleared 1/100 by 100 [null] normalClearing",
            "100: CallCleared 1 normalClearing",
            "101: CallCleared 1 normalClearing");
    assertThat(pbx.activeCallCount()).isZero();
    assertThat(pbx.connections("100")).isEmpty();
    assertThat(pbx.snapshotDevice("101").snapshotData()).isEmpty();
    assertError(() -> pbx.snapshotCall(ConnectionId.ofCall("1")), OperationError.INVALID_CALL_ID);
    assertError(() -> pbx.clearConnection(conn("1", "100")), OperationError.INVALID_CONNECTION_ID);
  }

  @Test
  void clearCallClearsEveryConnectionStartingWithTheGivenOne() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", "101");
    events.clear();

    pbx.clearCall(conn("1", "101"));

    assertThat(events.of("100").stream().map(PbxTest::describe))
        .containsExactly(
            "ConnectionCleared 1/101 by 101 [connected] normalClearing",
            "ConnectionCleared 1/100 by 100 [null] normalClearing",
            "CallCleared 1 normalClearing");

    pbx.makeCall("102", "100");
    events.clear();
    pbx.clearCall(ConnectionId.ofCall("2"));

    assertThat(events.of("102").stream().map(PbxTest::describe))
        .containsExactly(
            "ConnectionCleared 2/102 by 102 [null] normalClearing",
            "ConnectionCleared 2/100 by 100 [null] normalClearing",
            "CallCleared 2 normalClearing");
    assertThat(pbx.activeCallCount()).isZero();
  }

  @Test
  void hangUpClearsEveryConnectionOfTheDevice() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", "101");
    pbx.makeCall("102", "100");

    pbx.hangUp("u-1-100");

    assertThat(pbx.activeCallCount()).isZero();
    pbx.hangUp("100");
    assertThat(pbx.activeCallCount()).isZero();
  }

  // ------------------------------------------------------------------ timers

  @Test
  void theRingTimerIsCancelledWhenTheCallIsClearedFirst() {
    Pbx pbx = pbx(DELAY);
    pbx.makeCall("100", "101");
    ManualScheduler.Task timer = scheduler.pending().get(0);

    pbx.clearConnection(conn("1", "100"));

    assertThat(timer.isCancelled()).isTrue();
    assertThat(scheduler.pending()).isEmpty();
    events.clear();
    timer.fire(); // a timer that raced its cancellation
    assertThat(events.all()).isEmpty();
    assertThat(pbx.activeCallCount()).isZero();
  }

  @Test
  void aTimerFiringForAConnectionThatNoLongerAlertsDoesNothing() {
    Pbx pbx = pbx(DELAY);
    pbx.makeCall("100", "101");
    ManualScheduler.Task timer = scheduler.pending().get(0);
    pbx.answerCall(conn("1", "101"));
    assertThat(timer.isCancelled()).isTrue();
    events.clear();

    timer.fire();

    assertThat(events.all()).isEmpty();
    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.CONNECTED);
  }

  @Test
  void aDeviceWithoutAutoAnswerRingsUntilAnswered() {
    Pbx pbx = pbx(DELAY);
    pbx.setAutoAnswer("101", false);

    pbx.makeCall("100", "101");

    assertThat(scheduler.pending()).isEmpty();
    pbx.answerCall(conn("1", "101"));
    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.CONNECTED);

    pbx.setAutoAnswer("102", true);
    pbx.makeCall("100", "102");
    ManualScheduler.Task timer = scheduler.pending().get(0);
    pbx.setAutoAnswer("102", false);
    timer.fire();
    assertThat(pbx.state(conn("2", "102"))).contains(LocalConnectionState.ALERTING);
  }

  @Test
  void zeroDelayMeansNothingAnswersByItself() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", "101");
    pbx.makeCall("102", EXT);
    assertThat(scheduler.tasks).isEmpty();
    assertThat(pbx.state(conn("2", EXT))).contains(LocalConnectionState.ALERTING);
  }

  // ------------------------------------------------------------------ hold, retrieve

  @Test
  void holdAndRetrieve() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", "101");
    pbx.answer("101");
    events.clear();

    pbx.holdCall(conn("1", "100"));

    assertThat(events.all())
        .containsExactly(
            "100: Held 1/100 by 100 [hold] normal", "101: Held 1/100 by 100 [connected] normal");
    assertThat(compound(pbx.snapshotDevice("100")))
        .containsExactly(List.of(LocalConnectionState.HOLD, LocalConnectionState.CONNECTED));
    assertError(() -> pbx.holdCall(conn("1", "100")), StateIncompatibilityError.NO_ACTIVE_CALL);

    events.clear();
    pbx.retrieveCall(conn("1", "100"));

    assertThat(events.all())
        .containsExactly(
            "100: Retrieved 1/100 by 100 [connected] normal",
            "101: Retrieved 1/100 by 100 [connected] normal");
    assertThat(pbx.state(conn("1", "100"))).contains(LocalConnectionState.CONNECTED);
    assertError(() -> pbx.retrieveCall(conn("1", "100")), StateIncompatibilityError.NO_HELD_CALL);
  }

  // ------------------------------------------------------------------ consultation, transfer

  @Test
  void consultationThenTransferJoinsTheOtherTwoParties() {
    Pbx pbx = pbx(DELAY);
    pbx.makeCall("100", "101");
    scheduler.runPending();
    events.clear();

    ConnectionId consulting = pbx.consultationCall(conn("1", "100"), "u-1-102");

    assertThat(consulting).isEqualTo(conn("2", "100"));
    assertThat(events.all())
        .containsExactly(
            "100: Held 1/100 by 100 [hold] consultation",
            "101: Held 1/100 by 100 [connected] consultation",
            "100: ServiceInitiated 2/100 by 100 [initiated] consultation",
            "100: Originated 2/100 100->102 [connected] consultation",
            "100: Delivered 2/102 at 102 100->102 last=- [connected] consultation",
            "102: Delivered 2/102 at 102 100->102 last=- [alerting] consultation");
    assertThat(pbx.connections("100")).containsExactly(conn("1", "100"), conn("2", "100"));
    assertThat(pbx.snapshotDevice("100").snapshotData())
        .extracting(SnapshotDeviceResponseInfo::localCallState)
        .containsExactly(
            CallState.ofCompound(
                List.of(LocalConnectionState.HOLD, LocalConnectionState.CONNECTED)),
            CallState.ofCompound(
                List.of(LocalConnectionState.CONNECTED, LocalConnectionState.ALERTING)));

    events.clear();
    scheduler.runPending();
    assertThat(events.all())
        .containsExactly(
            "100: Established 2/102 by 102 100->102 last=- [connected] consultation",
            "102: Established 2/102 by 102 100->102 last=- [connected] consultation");

    assertError(
        () -> pbx.transferCall(conn("2", "100"), conn("1", "100")),
        StateIncompatibilityError.NO_HELD_CALL);
    assertError(
        () -> pbx.transferCall(conn("1", "100"), conn("2", "102")), OperationError.NOT_SAME_DEVICE);

    events.clear();
    ConnectionId transferred = pbx.transferCall(conn("1", "100"), conn("2", "100"));

    assertThat(transferred).isEqualTo(conn("1", "101"));
    String transfer = "Transfered 1/100+2/100 100=>102 {1/101>1/101,2/102>1/102}";
    assertThat(events.all())
        .containsExactly(
            "101: " + transfer + " [connected] transfer",
            "102: " + transfer + " [connected] transfer",
            "100: " + transfer + " [null] transfer");
    TransferedEvent event = (TransferedEvent) events.of("102").get(0);
    assertThat(event.transferredConnections())
        .extracting(ConnectionListItem::endpoint)
        .containsExactly(
            Optional.of(ExtendedDeviceId.of("101")), Optional.of(ExtendedDeviceId.of("102")));
    assertThat(pbx.connections("100")).isEmpty();
    assertThat(pbx.activeCallCount()).isEqualTo(1);
    SnapshotCallResponse call = pbx.snapshotCall(ConnectionId.ofCall("1"));
    assertThat(parties(call)).containsExactly("1/101 connected", "1/102 connected");
    assertThat(call.callingDevice()).contains(ExtendedDeviceId.of("101"));
    assertThat(call.calledDevice()).contains(ExtendedDeviceId.of("102"));
    assertError(() -> pbx.snapshotCall(ConnectionId.ofCall("2")), OperationError.INVALID_CALL_ID);

    pbx.hangUp("102");
    assertThat(pbx.activeCallCount()).isZero();
  }

  @Test
  void transferWhileTheConsultedPartyStillRingsMovesItsTimer() {
    Pbx pbx = pbx(DELAY);
    pbx.incomingCall(EXT, "100");
    scheduler.runPending();
    pbx.consultationCall(conn("1", "100"), "101");
    pbx.transferCall(conn("1", "100"), conn("2", "100"));
    events.clear();

    scheduler.runPending();

    assertThat(events.all())
        .containsExactly(
            "5551234: Established 1/101 by 101 5551234->101 last=100 [connected] transfer",
            "101: Established 1/101 by 101 5551234->101 last=100 [connected] transfer");
  }

  @Test
  void singleStepTransferAlertsTheNewPartyInTheSameCall() {
    Pbx pbx = pbx(DELAY);
    pbx.makeCall("100", "101");
    scheduler.runPending();
    events.clear();

    ConnectionId transferred = pbx.singleStepTransferCall(conn("1", "100"), "102");

    assertThat(transferred).isEqualTo(conn("1", "101"));
    String transfer = "Transfered 1/100 100=>102 {1/101>1/101,->1/102}";
    assertThat(events.all())
        .containsExactly(
            "101: " + transfer + " [connected] singleStepTransfer",
            "100: " + transfer + " [null] singleStepTransfer",
            "101: Delivered 1/102 at 102 101->102 last=100 [connected] singleStepTransfer",
            "102: Delivered 1/102 at 102 101->102 last=100 [alerting] singleStepTransfer");
    assertThat(((TransferedEvent) events.of("101").get(0)).secondaryOldCall()).isEmpty();
    assertThat(pbx.connections("100")).isEmpty();
    assertThat(parties(pbx.snapshotCall(transferred)))
        .containsExactly("1/101 connected", "1/102 alerting");

    events.clear();
    scheduler.runPending();

    assertThat(events.all())
        .containsExactly(
            "101: Established 1/102 by 102 101->102 last=100 [connected] singleStepTransfer",
            "102: Established 1/102 by 102 101->102 last=100 [connected] singleStepTransfer");
    assertError(
        () -> pbx.singleStepTransferCall(conn("1", "101"), "102"),
        OperationError.NOT_DIFFERENT_DEVICES);
    assertError(
        () -> pbx.singleStepTransferCall(conn("1", "101"), "u-7-1"),
        OperationError.INVALID_DESTINATION_DEVICE_ID);
  }

  // ------------------------------------------------------------------ deflect

  @Test
  void deflectDivertsAnAlertingCall() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.incomingCall(EXT, "101");
    events.clear();

    pbx.deflectCall(conn("1", "101"), "u-1-102");

    assertThat(events.all())
        .containsExactly(
            "5551234: Diverted 1/101 101=>102 5551234->101 last=- [connected] redirected",
            "101: Diverted 1/101 101=>102 5551234->101 last=- [null] redirected",
            "5551234: Delivered 1/102 at 102 5551234->101 last=101 [connected] redirected",
            "102: Delivered 1/102 at 102 5551234->101 last=101 [alerting] redirected");
    assertThat(pbx.connections("101")).isEmpty();
    assertThat(parties(pbx.snapshotCall(ConnectionId.ofCall("1"))))
        .containsExactly("1/5551234 connected", "1/102 alerting");

    pbx.answer("102");
    assertError(
        () -> pbx.deflectCall(conn("1", "102"), "100"),
        StateIncompatibilityError.INVALID_CONNECTION_STATE);
    assertError(
        () -> pbx.deflectCall(conn("1", "101"), "100"), OperationError.INVALID_CONNECTION_ID);
  }

  // ------------------------------------------------------------------ DND, forwarding

  @Test
  void doNotDisturbFailsTheCall() {
    Pbx pbx = pbx(DELAY);

    pbx.setDoNotDisturb("u-1-101", true);

    assertThat(events.all()).containsExactly("101: DoNotDisturb 101 on");
    assertThat(((DoNotDisturbEvent) events.of("101").get(0)).monitorCrossRefId()).isEqualTo(XREF);
    assertThat(pbx.doNotDisturb("101")).isTrue();
    assertThat(pbx.doNotDisturb("100")).isFalse();

    events.clear();
    pbx.makeCall("100", "101");

    assertThat(events.all())
        .containsExactly(
            "100: ServiceInitiated 1/100 by 100 [initiated] newCall",
            "100: Originated 1/100 100->101 [connected] newCall",
            "100: Failed 1/101 at 101 100->101 last=- [connected] doNotDisturb",
            "101: Failed 1/101 at 101 100->101 last=- [fail] doNotDisturb");
    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.FAIL);
    assertThat(scheduler.pending()).isEmpty();
    assertError(
        () -> pbx.answerCall(conn("1", "101")), StateIncompatibilityError.NO_CALL_TO_ANSWER);

    events.clear();
    pbx.setDoNotDisturb("101", false);
    assertThat(events.all()).containsExactly("101: DoNotDisturb 101 off");
  }

  @Test
  void immediateForwardingDivertsTheCall() {
    Pbx pbx = pbx(Duration.ZERO);

    pbx.setForwarding("101", ForwardingType.FORWARD_IMMEDIATE, true, "u-1-102");

    assertThat(events.all()).containsExactly("101: Forwarding 101 forwardImmediate on to 102");
    assertThat(pbx.forwarding("101"))
        .containsExactly(
            ForwardListItem.builder()
                .forwardingType(ForwardingType.FORWARD_IMMEDIATE)
                .forwardStatus(true)
                .forwardDn(DeviceId.of("102"))
                .build());

    events.clear();
    pbx.makeCall("100", "101");

    assertThat(events.all())
        .containsExactly(
            "100: ServiceInitiated 1/100 by 100 [initiated] newCall",
            "100: Originated 1/100 100->101 [connected] newCall",
            "100: Diverted 1/101 101=>102 100->101 last=- [connected] callForwardImmediate",
            "101: Diverted 1/101 101=>102 100->101 last=- [null] callForwardImmediate",
            "100: Delivered 1/102 at 102 100->101 last=101 [connected] callForwardImmediate",
            "102: Delivered 1/102 at 102 100->101 last=101 [alerting] callForwardImmediate");
    DeliveredEvent delivered = (DeliveredEvent) events.of("102").get(0);
    assertThat(delivered.lastRedirectionDevice())
        .isEqualTo(RedirectionDeviceId.numberDialed("101"));
    assertThat(pbx.connections("101")).isEmpty();
    assertThat(parties(pbx.snapshotCall(ConnectionId.ofCall("1"))))
        .containsExactly("1/100 connected", "1/102 alerting");

    events.clear();
    pbx.setForwarding("101", ForwardingType.FORWARD_IMMEDIATE, false, null);
    assertThat(events.all()).containsExactly("101: Forwarding 101 forwardImmediate off to 102");
    assertThat(pbx.forwarding("101"))
        .extracting(ForwardListItem::forwardStatus)
        .containsExactly(false);
    pbx.makeCall("100", "101");
    assertThat(pbx.state(conn("2", "101"))).contains(LocalConnectionState.ALERTING);
  }

  @Test
  void forwardingLoopsStopAtTheLastNewDevice() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.setForwarding("101", ForwardingType.FORWARD_IMMEDIATE, true, "102");
    pbx.setForwarding("102", ForwardingType.FORWARD_IMMEDIATE, true, "101");
    pbx.setForwarding("100", ForwardingType.FORWARD_IMM_INT, true, "101");

    pbx.makeCall("100", "101");
    assertThat(pbx.state(conn("1", "102"))).contains(LocalConnectionState.ALERTING);

    pbx.incomingCall("102", "100"); // 100 forwards internal calls to 101, which forwards to 102
    assertThat(pbx.state(conn("2", "101"))).contains(LocalConnectionState.ALERTING);
    pbx.incomingCall(EXT, "100"); // FORWARD_IMM_INT does not apply to an external caller
    assertThat(pbx.state(conn("3", "100"))).contains(LocalConnectionState.ALERTING);
  }

  @Test
  void noAnswerForwardingDivertsWhenTheRingTimerExpires() {
    Pbx pbx = pbx(DELAY);
    pbx.setForwarding("101", ForwardingType.FORWARD_NO_ANS, true, EXT);
    pbx.makeCall("100", "101");
    events.clear();

    scheduler.runPending();

    assertThat(events.all())
        .containsExactly(
            "100: Diverted 1/101 101=>5551234 100->101 last=- [connected] callForwardNoAnswer",
            "101: Diverted 1/101 101=>5551234 100->101 last=- [null] callForwardNoAnswer",
            "100: Delivered 1/5551234 at 5551234 100->101 last=101 [connected] "
                + "callForwardNoAnswer",
            "5551234: Delivered 1/5551234 at 5551234 100->101 last=101 [alerting] "
                + "callForwardNoAnswer");
    assertThat(scheduler.pending()).hasSize(1);
  }

  @Test
  void busyForwardingAppliesToADeviceInACall() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.setForwarding("101", ForwardingType.FORWARD_BUSY, true, "102");
    pbx.makeCall("100", "101");
    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.ALERTING);
    pbx.answer("101");

    pbx.incomingCall(EXT, "101");

    assertThat(events.of(EXT).stream().map(PbxTest::describe))
        .containsExactly(
            "Diverted 2/101 101=>102 5551234->101 last=- [connected] callForwardBusy",
            "Delivered 2/102 at 102 5551234->101 last=101 [connected] callForwardBusy");
  }

  @Test
  void forwardingNeedsAValidDestination() {
    Pbx pbx = pbx(Duration.ZERO);
    assertError(
        () -> pbx.setForwarding("101", ForwardingType.FORWARD_IMMEDIATE, true, null),
        OperationError.INVALID_FORWARDING_DESTINATION);
    assertError(
        () -> pbx.setForwarding("101", ForwardingType.FORWARD_IMMEDIATE, true, "u-1-101"),
        OperationError.INVALID_FORWARDING_DESTINATION);
    assertError(
        () -> pbx.setForwarding("101", ForwardingType.FORWARD_IMMEDIATE, true, "u-3-1"),
        OperationError.INVALID_FORWARDING_DESTINATION);
    assertThat(pbx.forwarding("101")).isEmpty();
    assertThat(events.all()).isEmpty();
  }

  // ------------------------------------------------------------------ state errors

  @Test
  void requestsInTheWrongStateAreRefused() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", EXT);

    assertError(
        () -> pbx.answerCall(conn("1", "100")), StateIncompatibilityError.NO_CALL_TO_ANSWER);
    assertError(
        () -> pbx.answerCall(conn("1", EXT)), OperationError.REQUEST_INCOMPATIBLE_WITH_CONNECTION);
    assertError(() -> pbx.answer("100"), StateIncompatibilityError.NO_CALL_TO_ANSWER);
    assertError(() -> pbx.retrieveCall(conn("1", "100")), StateIncompatibilityError.NO_HELD_CALL);
    assertError(
        () -> pbx.deflectCall(conn("1", "100"), "102"),
        StateIncompatibilityError.INVALID_CONNECTION_STATE);

    pbx.incomingCall(EXT, "101");
    assertError(() -> pbx.holdCall(conn("2", "101")), StateIncompatibilityError.NO_ACTIVE_CALL);
    assertError(
        () -> pbx.consultationCall(conn("2", "101"), "102"),
        StateIncompatibilityError.NO_ACTIVE_CALL);
    assertError(
        () -> pbx.singleStepTransferCall(conn("2", "101"), "102"),
        StateIncompatibilityError.NO_ACTIVE_CALL);
    assertError(
        () -> pbx.singleStepTransferCall(conn("1", "100"), "102"),
        StateIncompatibilityError.INVALID_CONNECTION_STATE);
    assertError(
        () -> pbx.consultationCall(conn("1", "100"), "100"), OperationError.NOT_DIFFERENT_DEVICES);
    assertError(() -> pbx.deflectCall(conn("2", "101"), EXT), OperationError.NOT_DIFFERENT_DEVICES);
    assertThat(pbx.activeCallCount()).isEqualTo(2);
    assertThat(pbx.state(conn("1", "100"))).contains(LocalConnectionState.CONNECTED);
  }

  @Test
  void aDeviceIdAloneNamesTheDevicesOnlyConnection() {
    Pbx pbx = pbx(Duration.ZERO);
    pbx.makeCall("100", "101");
    ConnectionId byDevice = ConnectionId.builder().deviceId(DeviceId.of("101")).build();

    pbx.answerCall(byDevice);

    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.CONNECTED);
    pbx.makeCall("102", "101");
    assertError(() -> pbx.holdCall(byDevice), OperationError.INVALID_CONNECTION_ID);
  }

  @Test
  void aFailingListenerDoesNotBreakThePbx() {
    Pbx pbx =
        new Pbx(
            1,
            Set.of("100", "101"),
            Duration.ZERO,
            scheduler,
            (d, e) -> {
              throw new IllegalStateException("boom");
            });

    pbx.makeCall("100", "101");
    pbx.answer("101");

    assertThat(pbx.state(conn("1", "101"))).contains(LocalConnectionState.CONNECTED);
  }

  // ------------------------------------------------------------------ helpers

  private static CstaServiceException assertError(ThrowingCallable call, CstaErrorValue error) {
    List<CstaServiceException> caught = new ArrayList<>();
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CstaServiceException.class,
            e -> {
              assertThat(e.error()).isEqualTo(error);
              assertThat(e.getMessage()).startsWith(error.wireName() + ": ");
              caught.add(e);
            });
    return caught.get(0);
  }

  private static List<List<LocalConnectionState>> compound(SnapshotDeviceResponse snapshot) {
    return snapshot.snapshotData().stream()
        .map(i -> i.localCallState().compoundCallState())
        .collect(Collectors.toList());
  }

  private static List<String> parties(SnapshotCallResponse snapshot) {
    List<String> result = new ArrayList<>();
    for (SnapshotCallResponseInfo info : snapshot.snapshotData()) {
      result.add(
          id(info.callIdentifier().orElseThrow())
              + " "
              + info.localConnectionInfo().orElseThrow().wireName());
    }
    return result;
  }

  private static String id(ConnectionId c) {
    return c.callId().orElse("") + "/" + c.deviceId().map(DeviceId::value).orElse("");
  }

  private static String d(ExtendedDeviceId device) {
    return device.deviceIdentifier().map(DeviceId::value).orElse(device.kind().toString());
  }

  private static String d(Optional<ExtendedDeviceId> device) {
    return device.map(PbxTest::d).orElse("?");
  }

  private static String last(RedirectionDeviceId r) {
    return r.numberDialed().map(DeviceId::value).orElse("-");
  }

  private static String local(Optional<LocalConnectionState> s) {
    return "[" + s.map(LocalConnectionState::wireName).orElse("none") + "]";
  }

  /** A compact, comparable line for one event. */
  static String describe(CstaEvent e) {
    if (e instanceof ServiceInitiatedEvent x) {
      return "ServiceInitiated "
          + id(x.initiatedConnection())
          + " by "
          + d(x.initiatingDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof OriginatedEvent x) {
      return "Originated "
          + id(x.originatedConnection())
          + " "
          + d(x.callingDevice())
          + "->"
          + d(x.calledDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof DeliveredEvent x) {
      return "Delivered "
          + id(x.connection())
          + " at "
          + d(x.alertingDevice())
          + " "
          + d(x.callingDevice())
          + "->"
          + d(x.calledDevice())
          + " last="
          + last(x.lastRedirectionDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof EstablishedEvent x) {
      return "Established "
          + id(x.establishedConnection())
          + " by "
          + d(x.answeringDevice())
          + " "
          + d(x.callingDevice())
          + "->"
          + d(x.calledDevice())
          + " last="
          + last(x.lastRedirectionDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof FailedEvent x) {
      return "Failed "
          + id(x.failedConnection())
          + " at "
          + d(x.failingDevice())
          + " "
          + d(x.callingDevice())
          + "->"
          + d(x.calledDevice())
          + " last="
          + last(x.lastRedirectionDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof ConnectionClearedEvent x) {
      return "ConnectionCleared "
          + id(x.droppedConnection())
          + " by "
          + d(x.releasingDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof CallClearedEvent x) {
      return "CallCleared " + x.clearedCall().callId().orElse("?") + " " + x.cause().wireName();
    } else if (e instanceof HeldEvent x) {
      return "Held "
          + id(x.heldConnection())
          + " by "
          + d(x.holdingDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof RetrievedEvent x) {
      return "Retrieved "
          + id(x.retrievedConnection())
          + " by "
          + d(x.retrievingDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof DivertedEvent x) {
      return "Diverted "
          + id(x.connection())
          + " "
          + d(x.divertingDevice())
          + "=>"
          + d(x.newDestination())
          + " "
          + d(x.callingDevice())
          + "->"
          + d(x.calledDevice())
          + " last="
          + last(x.lastRedirectionDevice())
          + " "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof TransferedEvent x) {
      String items =
          x.transferredConnections().stream()
              .map(
                  i ->
                      i.oldConnection().map(PbxTest::id).orElse("-")
                          + ">"
                          + i.newConnection().map(PbxTest::id).orElse(""))
              .collect(Collectors.joining(","));
      return "Transfered "
          + id(x.primaryOldCall())
          + x.secondaryOldCall().map(s -> "+" + id(s)).orElse("")
          + " "
          + d(x.transferringDevice())
          + "=>"
          + d(x.transferredToDevice())
          + " {"
          + items
          + "} "
          + local(x.localConnectionInfo())
          + " "
          + x.cause().wireName();
    } else if (e instanceof DoNotDisturbEvent x) {
      return "DoNotDisturb " + d(x.device()) + (x.doNotDisturbOn() ? " on" : " off");
    } else if (e instanceof ForwardingEvent x) {
      return "Forwarding "
          + d(x.device())
          + " "
          + x.forwardingType().map(ForwardingType::wireName).orElse("?")
          + (x.forwardStatus() ? " on" : " off")
          + " to "
          + x.forwardTo().map(DeviceId::value).orElse("-");
    }
    return e.toString();
  }

  /** Records every (device, event) with the event built for monitor {@link #XREF}. */
  private static final class Recorder implements PbxListener {
    private final List<String> devices = new ArrayList<>();
    private final List<CstaEvent> events = new ArrayList<>();

    @Override
    public void onDeviceEvent(String device, Function<String, CstaEvent> event) {
      CstaEvent built = event.apply(XREF);
      assertThat(((MonitorEvent) built).monitorCrossRefId()).isEqualTo(XREF);
      devices.add(device);
      events.add(built);
    }

    List<String> all() {
      List<String> result = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        result.add(devices.get(i) + ": " + describe(events.get(i)));
      }
      return result;
    }

    List<String> devices() {
      return List.copyOf(devices);
    }

    List<CstaEvent> of(String device) {
      List<CstaEvent> result = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        if (devices.get(i).equals(device)) {
          result.add(events.get(i));
        }
      }
      return result;
    }

    void clear() {
      devices.clear();
      events.clear();
    }
  }

  /** A scheduler whose tasks only run when the test says so. */
  private static final class ManualScheduler extends AbstractExecutorService
      implements ScheduledExecutorService {
    final List<Task> tasks = new ArrayList<>();

    static final class Task implements ScheduledFuture<Object> {
      private final Runnable command;
      private final long delayNanos;
      private boolean cancelled;
      private boolean done;

      Task(Runnable command, long delayNanos) {
        this.command = command;
        this.delayNanos = delayNanos;
      }

      /** Runs the task even if it was cancelled, as a timer racing its cancellation would. */
      void fire() {
        done = true;
        command.run();
      }

      @Override
      public long getDelay(TimeUnit unit) {
        return unit.convert(delayNanos, TimeUnit.NANOSECONDS);
      }

      @Override
      public int compareTo(Delayed other) {
        return Long.compare(delayNanos, other.getDelay(TimeUnit.NANOSECONDS));
      }

      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        if (done) {
          return false;
        }
        cancelled = true;
        done = true;
        return true;
      }

      @Override
      public boolean isCancelled() {
        return cancelled;
      }

      @Override
      public boolean isDone() {
        return done;
      }

      @Override
      public Object get() {
        throw new UnsupportedOperationException();
      }

      @Override
      public Object get(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException();
      }
    }

    List<Task> pending() {
      return tasks.stream().filter(t -> !t.isDone()).collect(Collectors.toList());
    }

    /** Runs the tasks pending now; tasks they schedule stay pending. */
    void runPending() {
      for (Task t : pending()) {
        if (!t.isDone()) {
          t.fire();
        }
      }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      Task task = new Task(command, unit.toNanos(delay));
      tasks.add(task);
      return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(
        Runnable command, long initialDelay, long period, TimeUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(
        Runnable command, long initialDelay, long delay, TimeUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void execute(Runnable command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return false;
    }

    @Override
    public boolean isTerminated() {
      return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
