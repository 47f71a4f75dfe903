package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.csta4j.model.ClearConnection;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionPosResponse;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** uni-tel's vendor flow through the SignalR transport against the simulator, over real sockets. */
class SignalRTransportFlowTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final AtomicLong ids = new AtomicLong();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private <R extends CstaResponse> R send(CstaTransport t, CstaRequest<R> request)
      throws Exception {
    return t.send(request, RequestOptions.of(Duration.ofSeconds(10), "r-" + ids.incrementAndGet()))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private static <E extends CstaEvent> E next(RecordingTransportListener events, Class<E> type)
      throws InterruptedException {
    return events.awaitEvent(type, Duration.ofSeconds(10));
  }

  @Test
  void vendorFlowFoundByUri() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(50)).start()) {
      RecordingTransportListener events = new RecordingTransportListener();
      try (CstaTransport t =
          CstaTransports.forUri(sim.hubUrl())
              .create(TransportConfig.builder(sim.hubUrl(), executor).build(), events)) {
        t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
        StartApplicationSessionPosResponse session =
            send(
                t, StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)));
        assertThat(session.actualSessionDuration()).isEqualTo(Duration.ofMinutes(2));
        send(t, MonitorStart.device("u-1-100"));

        MakeCallResponse call = send(t, MakeCall.of("100", "101"));
        String callId = call.callingConnection().callId().orElseThrow();
        assertThat(next(events, DeliveredEvent.class).connection().callId()).contains(callId);
        assertThat(next(events, EstablishedEvent.class).answeringDevice().deviceIdentifier())
            .hasValueSatisfying(d -> assertThat(d.value()).isEqualTo("101"));

        send(t, ClearConnection.of(call.callingConnection()));
        assertThat(next(events, ConnectionClearedEvent.class).droppedConnection().callId())
            .contains(callId);
      }
    }
  }

  @Test
  void resultsAmidAFloodOfEventsAllCompleteAndEveryEventArrives() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start()) {
      java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
      TransportListener listener =
          new TransportListener() {
            @Override
            public void onEvent(CstaEvent event) {
              seen.add("event");
            }
          };
      try (CstaTransport t =
          new SignalRTransportFactory()
              .create(TransportConfig.builder(sim.hubUrl(), executor).build(), listener)) {
        t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
        send(t, StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)));
        Thread flood =
            new Thread(
                () -> {
                  for (int i = 0; i < 3000; i++) {
                    sim.faults().sendUnknownEvent("Noise", "{\"n\":" + i + "}");
                  }
                });
        flood.start();
        for (int i = 0; i < 100; i++) {
          // results that arrive behind events still on their way take the ordered path
          assertThat(
                  t.send(
                          org.csta4j.model.GetDoNotDisturb.of("100"),
                          RequestOptions.of(Duration.ofSeconds(10), "f-" + i))
                      .toCompletableFuture()
                      .get(10, TimeUnit.SECONDS))
              .isNotNull();
        }
        flood.join(60_000);
        // the gateway sent this result after every event: its stage runs after all of them
        int seenBeforeResult =
            t.send(
                    org.csta4j.model.GetDoNotDisturb.of("100"),
                    RequestOptions.of(Duration.ofSeconds(10), "last"))
                .thenApply(r -> seen.size())
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(seenBeforeResult).isEqualTo(3000);
      }
    }
  }

  @Test
  void closeLeavesNoThreadOfTheTransportBehind() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start()) {
      CstaTransport t =
          new SignalRTransportFactory()
              .create(
                  TransportConfig.builder(sim.hubUrl(), executor).build(), TransportListener.NONE);
      t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      send(t, StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)));
      Set<Thread> ours = transportThreads();
      assertThat(ours).isNotEmpty();
      t.close();
      for (Thread thread : ours) {
        thread.join(10_000);
      }
      assertThat(ours).noneMatch(Thread::isAlive);
      // the client's own non-daemon threads (OkHttp's dispatcher, its timers) are gone too
      assertThat(
              Thread.getAllStackTraces().keySet().stream()
                  .filter(th -> !th.isDaemon() && th.getName().startsWith("OkHttp Dispatcher")))
          .isEmpty();
    }
  }

  private static Set<Thread> transportThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(th -> th.getName().startsWith("csta4j-signalr-"))
        .collect(Collectors.toSet());
  }

  @Test
  void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
    TransportConfig remote =
        TransportConfig.builder(URI.create("http://gateway.example/csta"), executor).build();
    assertThatThrownBy(() -> new SignalRTransportFactory().create(remote, TransportListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing unencrypted http to gateway.example");
    try (CstaTransport allowed =
        new SignalRTransportFactory(SignalROptions.builder().allowInsecure(true).build())
            .create(remote, TransportListener.NONE)) {
      assertThat(allowed.state()).isEqualTo(org.csta4j.transport.TransportState.NEW);
    }
  }
}
