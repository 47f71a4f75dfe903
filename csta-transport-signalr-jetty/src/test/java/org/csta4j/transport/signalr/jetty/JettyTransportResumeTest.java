package org.csta4j.transport.signalr.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.internal.Threads;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.csta4j.transport.testing.RecordingTransportListener.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stateful reconnect of the Jetty transport against the simulator over real sockets: a cut socket
 * within the window resumes with every event once and in order and every request answered; past the
 * window, against a gateway without it, or with it switched off, the cut is a loss as before.
 */
class JettyTransportResumeTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final ExecutorService executor =
      Executors.newFixedThreadPool(2, Threads.numbered("test-callbacks-"));
  private final RecordingTransportListener recorder = new RecordingTransportListener();
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    executor.shutdownNow();
  }

  private CstaSimulator simulator(CstaSimulator.Builder b) {
    CstaSimulator sim = b.autoAnswerDelay(Duration.ZERO).start();
    opened.add(sim);
    return sim;
  }

  private CstaTransport connected(CstaSimulator sim, JettySignalROptions options) throws Exception {
    return connected(sim, options, Duration.ofMillis(JettySignalRTransport.ACK_DELAY_MILLIS));
  }

  private CstaTransport connected(CstaSimulator sim, JettySignalROptions options, Duration ackDelay)
      throws Exception {
    CstaTransport t =
        new JettySignalRTransport(
            TransportConfig.builder(sim.hubUrl(), executor).build(),
            options,
            CstaCodec.standard(),
            recorder,
            ackDelay);
    opened.add(t);
    t.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    send(t, StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)), "in");
    send(t, MonitorStart.device("100"), "monitor");
    sim.pbx().setAutoAnswer("100", false);
    return t;
  }

  private static <R extends CstaResponse> R send(CstaTransport t, CstaRequest<R> request, String id)
      throws Exception {
    return answer(t.send(request, RequestOptions.of(WAIT, id)));
  }

  private static <R> R answer(CompletionStage<R> stage) throws Exception {
    return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static void calls(CstaSimulator sim, int from, int count) {
    for (int i = from; i < from + count; i++) {
      sim.pbx().incomingCall("4570" + (1000 + i), "100"); // one Delivered each at 100
    }
  }

  private List<Long> awaitEvents(int count) throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CstaEvent e = recorder.awaitEvent(WAIT);
      ids.add(Long.parseLong(((DeliveredEvent) e).connection().callId().orElseThrow()));
    }
    return ids;
  }

  /** The interruption, resume and loss callbacks, in order. */
  private List<Call> news() {
    List<Call> news = new ArrayList<>();
    for (Call c : recorder.calls()) {
      if (c == Call.INTERRUPTED || c == Call.RESUMED || c == Call.CONNECTION_LOST) {
        news.add(c);
      }
    }
    return news;
  }

  private void flush() throws Exception {
    executor.submit(() -> {}).get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Test
  void aCutWithinTheWindowResumesWithEveryEventOnceInOrderAndEveryRequestAnswered()
      throws Exception {
    CstaSimulator sim = simulator(CstaSimulator.demo());
    // nothing is acknowledged before the cut (fewer than ACK_EVERY records, long before the
    // delay): the gateway replays every event and result, and the duplicates must be dropped
    CstaTransport t = connected(sim, JettySignalROptions.defaults(), Duration.ofMinutes(1));
    List<Long> order = new ArrayList<>();
    calls(sim, 0, 20);
    order.addAll(awaitEvents(20));
    // answered only after the cut: the simulator keeps the completion for the replay
    sim.faults().delayNextResponses(1, Duration.ofMillis(700));
    CompletionStage<GetDoNotDisturbResponse> inFlight =
        t.send(GetDoNotDisturb.of("100"), RequestOptions.of(WAIT, "in-flight"));
    calls(sim, 20, 10);
    List<String> ids = sim.connectionIds();
    assertThat(ids).hasSize(1);
    assertThat(sim.faults().cutConnection(ids.get(0), Duration.ofMillis(500))).isTrue();
    recorder.awaitInterruption(WAIT);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    List<CompletionStage<GetDoNotDisturbResponse>> duringCut = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      duringCut.add(t.send(GetDoNotDisturb.of("100"), RequestOptions.of(WAIT, "cut-" + i)));
    }
    calls(sim, 30, 10); // sent by the gateway while the connection is detached
    recorder.awaitResume(WAIT);
    calls(sim, 40, 10);
    order.addAll(awaitEvents(30));
    assertThat(answer(inFlight)).isNotNull();
    for (CompletionStage<GetDoNotDisturbResponse> s : duringCut) {
      assertThat(answer(s)).isNotNull();
    }
    // and the resumed connection goes on as any other
    assertThat(send(t, GetDoNotDisturb.of("100"), "after")).isNotNull();
    flush();
    assertThat(order).as("in order, none twice").isSorted().doesNotHaveDuplicates().hasSize(50);
    assertThat(recorder.events()).as("none lost, none repeated").hasSize(50);
    assertThat(news()).containsExactly(Call.INTERRUPTED, Call.RESUMED);
    assertThat(recorder.states())
        .containsExactly(TransportState.CONNECTING, TransportState.CONNECTED);
    assertThat(sim.connectionIds()).as("the same connection, resumed").isEqualTo(ids);
  }

  @Test
  void aResumePastTheGatewaysWindowIsALoss() throws Exception {
    CstaSimulator sim =
        simulator(CstaSimulator.demo().statefulReconnectWindow(Duration.ofMillis(200)));
    CstaTransport t = connected(sim, JettySignalROptions.defaults());
    sim.faults().delayNextResponses(1, Duration.ofSeconds(30));
    CompletionStage<GetDoNotDisturbResponse> pending =
        t.send(GetDoNotDisturb.of("100"), RequestOptions.of(Duration.ofSeconds(60), "pending"));
    sim.faults().cutAllConnections(Duration.ofMillis(800)); // the resume arrives after 200 ms
    recorder.awaitInterruption(WAIT);
    ConnectionLostException lost = recorder.awaitLoss(WAIT);
    assertThat(lost).hasMessageContaining("refused to resume").hasMessageContaining("404");
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    ExecutionException failed =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ExecutionException.class, () -> answer(pending));
    assertThat(failed).hasCauseInstanceOf(ConnectionLostException.class);
    flush();
    assertThat(news()).containsExactly(Call.INTERRUPTED, Call.CONNECTION_LOST);
  }

  @Test
  void aResumeThatTakesLongerThanTheConnectTimeoutIsALoss() throws Exception {
    CstaSimulator sim = simulator(CstaSimulator.demo());
    CstaTransport t =
        new JettySignalRTransportFactory(JettySignalROptions.defaults())
            .create(
                TransportConfig.builder(sim.hubUrl(), executor)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build(),
                recorder);
    opened.add(t);
    answer(t.connect());
    // the gateway would still take the connection back, but only after 6 s
    sim.faults().cutAllConnections(Duration.ofSeconds(6));
    recorder.awaitInterruption(WAIT);
    ConnectionLostException lost = recorder.awaitLoss(WAIT);
    assertThat(lost).hasMessageContaining("could not be resumed within 2000 ms (connectTimeout)");
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    flush();
    assertThat(news()).containsExactly(Call.INTERRUPTED, Call.CONNECTION_LOST);
  }

  @Test
  void againstAGatewayWithoutStatefulReconnectACutIsALossWithoutAnInterruption() throws Exception {
    CstaSimulator sim = simulator(CstaSimulator.demo().statefulReconnect(false));
    CstaTransport t = connected(sim, JettySignalROptions.defaults());
    sim.faults().cutAllConnections(Duration.ofMillis(100));
    recorder.awaitLoss(WAIT);
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    flush();
    assertThat(news()).containsExactly(Call.CONNECTION_LOST);
  }

  @Test
  void withStatefulReconnectSwitchedOffACutIsALossWithoutAnInterruption() throws Exception {
    CstaSimulator sim = simulator(CstaSimulator.demo());
    CstaTransport t =
        connected(sim, JettySignalROptions.builder().statefulReconnect(false).build());
    sim.faults().cutAllConnections(Duration.ofMillis(100));
    recorder.awaitLoss(WAIT);
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    flush();
    assertThat(news()).containsExactly(Call.CONNECTION_LOST);
  }

  @Test
  void moreUnacknowledgedRequestsThanTheReplayBufferHoldsIsALoss() throws Exception {
    CstaSimulator sim = simulator(CstaSimulator.demo());
    CstaTransport t =
        new JettySignalRTransportFactory(
                JettySignalROptions.builder().statefulReconnectBufferBytes(64).build())
            .create(TransportConfig.builder(sim.hubUrl(), executor).build(), recorder);
    opened.add(t);
    answer(t.connect());
    CompletionStage<?> login =
        t.send(
            StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)),
            RequestOptions.of(WAIT, "in"));
    assertThat(recorder.awaitLoss(WAIT))
        .hasMessageContaining("statefulReconnectBufferBytes")
        .hasMessageContaining("64 bytes");
    ExecutionException failed =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ExecutionException.class, () -> answer(login));
    assertThat(failed).hasCauseInstanceOf(ConnectionLostException.class);
  }
}
