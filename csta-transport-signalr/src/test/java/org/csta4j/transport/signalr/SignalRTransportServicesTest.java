package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.csta4j.model.*;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every request type the simulator accepts, through the SignalR transport, each answered with its
 * typed response; and every event type the simulator emits, arriving typed.
 */
class SignalRTransportServicesTest {
  private final AtomicLong ids = new AtomicLong();
  private final RecordingTransportListener events = new RecordingTransportListener();
  private @Nullable CstaTransport t;

  private <R extends CstaResponse> R send(CstaRequest<R> request) throws Exception {
    CstaTransport transport = t;
    if (transport == null) {
      throw new IllegalStateException("not connected yet");
    }
    return transport
        .send(request, RequestOptions.of(Duration.ofSeconds(10), "r-" + ids.incrementAndGet()))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private <E extends CstaEvent> E await(Class<E> type, Predicate<E> matching) throws Exception {
    return events.awaitEvent(type, matching, Duration.ofSeconds(10));
  }

  private static Class<?> modelType(CstaEvent e) {
    for (Class<?> i : e.getClass().getInterfaces()) {
      if (CstaEvent.class.isAssignableFrom(i)) {
        return i;
      }
    }
    return e.getClass();
  }

  private static Predicate<EstablishedEvent> answeredBy(String device) {
    return e ->
        e.answeringDevice().deviceIdentifier().map(DeviceId::value).orElse("").equals(device);
  }

  @Test
  void everyServiceAndEveryEventType() throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(50)).start()) {
      t =
          new SignalRTransportFactory()
              .create(TransportConfig.builder(sim.hubUrl(), executor).build(), events);
      t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      StartApplicationSessionPosResponse session =
          send(StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)));
      for (String device : new String[] {"100", "101", "102"}) {
        assertThat(send(MonitorStart.device(device)).monitorCrossRefId()).isNotBlank();
      }
      sim.pbx().setAutoAnswer("101", false);

      // make, answer, hold, retrieve
      ConnectionId a = send(MakeCall.of("100", "101")).callingConnection();
      String call1 = a.callId().orElseThrow();
      ConnectionId b = ConnectionId.of(call1, "101");
      await(DeliveredEvent.class, e -> true);
      assertThat(send(AnswerCall.of(b))).isInstanceOf(AnswerCallResponse.class);
      await(EstablishedEvent.class, answeredBy("101"));
      assertThat(send(HoldCall.of(a))).isInstanceOf(HoldCallResponse.class);
      await(HeldEvent.class, e -> true);
      assertThat(send(RetrieveCall.of(a))).isInstanceOf(RetrieveCallResponse.class);
      await(RetrievedEvent.class, e -> true);

      // consult 102 (it answers by itself), snapshot, transfer, clear the call
      ConnectionId consult = send(ConsultationCall.of(a, "102")).initiatedCall();
      await(EstablishedEvent.class, answeredBy("102"));
      assertThat(send(SnapshotDevice.of("100")).snapshotData()).hasSize(2);
      assertThat(send(SnapshotCall.of(consult)).snapshotData()).hasSize(2);
      TransferCallResponse transferred = send(TransferCall.of(a, consult));
      await(TransferedEvent.class, e -> true);
      assertThat(send(ClearCall.of(transferred.transferredCall())))
          .isInstanceOf(ClearCallResponse.class);
      await(CallClearedEvent.class, e -> true);

      // do not disturb: a call to 101 fails
      assertThat(send(SetDoNotDisturb.of("101", true))).isInstanceOf(SetDoNotDisturbResponse.class);
      await(DoNotDisturbEvent.class, e -> true);
      assertThat(send(GetDoNotDisturb.of("101")).doNotDisturbOn()).isTrue();
      ConnectionId refused = send(MakeCall.of("100", "101")).callingConnection();
      await(FailedEvent.class, e -> true);
      assertThat(send(ClearConnection.of(refused))).isInstanceOf(ClearConnectionResponse.class);
      await(ConnectionClearedEvent.class, e -> true);
      send(SetDoNotDisturb.of("101", false));

      // forwarding: a call to 101 is diverted to 102
      assertThat(send(SetForwarding.of("101", ForwardingType.FORWARD_IMMEDIATE, "102")))
          .isInstanceOf(SetForwardingResponse.class);
      await(ForwardingEvent.class, e -> true);
      assertThat(send(GetForwarding.of("101")).forwardingList()).isNotEmpty();
      ConnectionId forwarded = send(MakeCall.of("100", "101")).callingConnection();
      await(DivertedEvent.class, e -> true);
      send(ClearConnection.of(forwarded));
      send(SetForwarding.off("101", ForwardingType.FORWARD_IMMEDIATE));

      // single step transfer to 101 (which rings), then 101 deflects to 200
      ConnectionId toTwo = send(MakeCall.of("100", "102")).callingConnection();
      await(EstablishedEvent.class, answeredBy("102"));
      SingleStepTransferCallResponse moved = send(SingleStepTransferCall.of(toTwo, "101"));
      await(TransferedEvent.class, e -> true);
      await(
          DeliveredEvent.class,
          e -> e.alertingDevice().deviceIdentifier().map(DeviceId::value).orElse("").equals("101"));
      String movedCall = moved.transferredCall().callId().orElseThrow();
      assertThat(send(DeflectCall.of(ConnectionId.of(movedCall, "101"), "200")))
          .isInstanceOf(DeflectCallResponse.class);
      await(DivertedEvent.class, e -> true);
      send(ClearCall.of(ConnectionId.ofCall(movedCall)));
      await(CallClearedEvent.class, e -> true);

      // monitors and the session itself
      MonitorStartResponse trunk = send(MonitorTrunk.wholeTrunk());
      assertThat(send(MonitorStop.of(trunk.monitorCrossRefId())))
          .isInstanceOf(MonitorStopResponse.class);
      assertThat(
              send(ResetApplicationSessionTimer.of(session.sessionId(), Duration.ofMinutes(1)))
                  .actualSessionDuration())
          .isEqualTo(Duration.ofMinutes(1));
      assertThat(send(StopApplicationSession.of(session.sessionId())))
          .isInstanceOf(StopApplicationSessionPosResponse.class);

      Set<Class<?>> eventTypes = new LinkedHashSet<>();
      events.events().forEach(e -> eventTypes.add(modelType(e)));
      assertThat(eventTypes)
          .contains(
              ServiceInitiatedEvent.class,
              OriginatedEvent.class,
              DeliveredEvent.class,
              EstablishedEvent.class,
              HeldEvent.class,
              RetrievedEvent.class,
              TransferedEvent.class,
              ConnectionClearedEvent.class,
              CallClearedEvent.class,
              DoNotDisturbEvent.class,
              FailedEvent.class,
              ForwardingEvent.class,
              DivertedEvent.class);
    } finally {
      if (t != null) {
        t.close();
      }
      executor.shutdownNow();
    }
  }
}
