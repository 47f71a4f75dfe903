package org.csta4j.transport.signalr.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.UnknownEvent;
import org.csta4j.model.internal.Failures;
import org.csta4j.model.internal.Threads;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.ProtocolException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.HostileServer;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile gateways of the SignalR transport's tests, against the Jetty transport: the same
 * typed outcomes (silent negotiate and handshake, a missing terminator, empty arguments, garbage, a
 * wrong result, an oversized message), over real sockets to {@link HostileServer}.
 */
class JettyTransportHostileServerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int LIMIT = 64 * 1024;

  private final ExecutorService executor =
      Executors.newFixedThreadPool(2, Threads.numbered("test-callbacks-"));
  private final RecordingTransportListener recorder = new RecordingTransportListener();
  private @Nullable HostileServer server;
  private @Nullable CstaTransport transport;

  @AfterEach
  void stop() {
    if (transport != null) {
      transport.close();
    }
    if (server != null) {
      server.close();
    }
    executor.shutdownNow();
  }

  private HostileServer server() {
    HostileServer s = server;
    if (s == null) {
      throw new IllegalStateException("the test started no server");
    }
    return s;
  }

  private CstaTransport transport(Duration connectTimeout) {
    CstaTransport t =
        new JettySignalRTransportFactory()
            .create(
                TransportConfig.builder(server().hubUrl(), executor)
                    .connectTimeout(connectTimeout)
                    .maxMessageBytes(LIMIT)
                    .build(),
                recorder);
    transport = t;
    return t;
  }

  private CstaTransport connected() throws Exception {
    CstaTransport t = transport(Duration.ofSeconds(10));
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    return t;
  }

  private static Throwable failureWithin(CompletionStage<?> stage, long seconds)
      throws InterruptedException, TimeoutException {
    try {
      stage.toCompletableFuture().get(seconds, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return Failures.unwrap(e);
    }
    throw new AssertionError("it succeeded but should have failed");
  }

  interface Script {
    void run(HostileServer.Peer ws) throws IOException;
  }

  /** Accepts the handshake, waits for the client's first ping, runs the script, then holds. */
  private static HostileServer.Behaviour afterHandshake(Script then) {
    return new HostileServer.Behaviour() {
      @Override
      public void webSocket(HostileServer.Peer ws) throws IOException {
        ws.answerHandshake();
        ws.awaitPing();
        then.run(ws);
        ws.hold();
      }
    };
  }

  private static final HostileServer.Behaviour SILENT_NEGOTIATE =
      new HostileServer.Behaviour() {
        @Override
        public void negotiate(HostileServer.Exchange x) {
          x.hold();
        }
      };

  private static final HostileServer.Behaviour SILENT_HANDSHAKE =
      new HostileServer.Behaviour() {
        @Override
        public void webSocket(HostileServer.Peer ws) throws IOException {
          ws.readHandshake();
          ws.hold();
        }
      };

  private static HostileServer.Behaviour negotiateWith(int status, String body) {
    return new HostileServer.Behaviour() {
      @Override
      public void negotiate(HostileServer.Exchange x) throws IOException {
        x.answer(status, body);
      }
    };
  }

  /** An event record of exactly {@code size} bytes, terminator included. */
  private static byte[] eventOfSize(int size) {
    String head = "{\"type\":1,\"target\":\"Parked\",\"arguments\":[{\"pad\":\"";
    String tail = "\"}]}\u001e";
    return (head + "x".repeat(size - head.length() - tail.length()) + tail)
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theHeadersAndTheTokenReachTheGatewayOnNegotiateAndUpgrade() throws Exception {
    CompletableFuture<Map<String, String>> negotiated = new CompletableFuture<>();
    CompletableFuture<Map<String, String>> upgraded = new CompletableFuture<>();
    server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void negotiate(HostileServer.Exchange x) throws IOException {
                negotiated.complete(x.headers);
                x.answerNegotiate();
              }

              @Override
              public void webSocket(HostileServer.Peer ws) throws IOException {
                upgraded.complete(ws.upgradeHeaders);
                ws.answerHandshake();
                ws.serve(invocation -> null);
              }
            });
    AtomicInteger tokens = new AtomicInteger();
    CstaTransport t =
        new JettySignalRTransportFactory()
            .create(
                TransportConfig.builder(server().hubUrl(), executor)
                    .header("X-Tenant", "t-1")
                    .accessTokenProvider(() -> "token-" + tokens.incrementAndGet())
                    .build(),
                recorder);
    transport = t;
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(negotiated.get(10, TimeUnit.SECONDS))
        .containsEntry("x-tenant", "t-1")
        .containsEntry("authorization", "Bearer token-1");
    assertThat(upgraded.get(10, TimeUnit.SECONDS))
        .containsEntry("x-tenant", "t-1")
        .containsEntry("authorization", "Bearer token-1")
        .doesNotContainKey("sec-websocket-extensions"); // no compression: sizes stay checkable
  }

  @Test
  void theConnectTimeoutBoundsANegotiateThatIsNeverAnswered() throws Exception {
    server = HostileServer.start(SILENT_NEGOTIATE);
    CstaTransport t = transport(Duration.ofMillis(500));

    Throwable failure = failureWithin(t.connect(), 8);

    assertThat(failure)
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageStartingWith("cannot connect to " + server().hubUrl() + ": ")
        .hasMessageContaining("within 500 ms")
        .hasMessageContaining("negotiate");
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    assertThat(recorder.awaitLoss(WAIT)).isSameAs(failure);
  }

  @Test
  void closeWhileNegotiatingFailsTheConnectAtOnce() throws Exception {
    server = HostileServer.start(SILENT_NEGOTIATE);
    CstaTransport t = transport(Duration.ofSeconds(60));
    CompletionStage<Void> connect = t.connect();
    server().awaitStep("negotiate");

    CompletableFuture.runAsync(t::close, executor).get(3, TimeUnit.SECONDS);

    assertThat(failureWithin(connect, 1))
        .isInstanceOf(TransportClosedException.class)
        .hasMessageContaining("closed while connecting");
    assertThat(recorder.states()).containsExactly(TransportState.CONNECTING, TransportState.CLOSED);
    assertThat(recorder.losses()).isEmpty();
  }

  @Test
  void theConnectTimeoutBoundsAHandshakeThatIsNeverAnswered() throws Exception {
    server = HostileServer.start(SILENT_HANDSHAKE);
    CstaTransport t = transport(Duration.ofMillis(700));

    assertThat(failureWithin(t.connect(), 8))
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageStartingWith("cannot connect to " + server().hubUrl() + ": ")
        .hasMessageContaining("within 700 ms")
        .hasMessageContaining("handshake");
  }

  @Test
  void aNegotiateErrorFailsTheConnectWithTheGatewaysWords() throws Exception {
    server = HostileServer.start(negotiateWith(200, "{\"error\":\"tenant suspended\"}"));
    assertThat(failureWithin(transport(WAIT).connect(), 10))
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageContaining("tenant suspended");
  }

  @Test
  void aNon200NegotiateFailsTheConnectNamingTheStatus() throws Exception {
    server = HostileServer.start(negotiateWith(503, "{}"));
    assertThat(failureWithin(transport(WAIT).connect(), 10))
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageContaining("503");
  }

  @Test
  void aNegotiateWithoutWebSocketsFailsTheConnect() throws Exception {
    server =
        HostileServer.start(
            negotiateWith(
                200,
                "{\"connectionToken\":\"t\",\"negotiateVersion\":1,\"availableTransports\":"
                    + "[{\"transport\":\"LongPolling\",\"transferFormats\":[\"Text\"]}]}"));
    assertThat(failureWithin(transport(WAIT).connect(), 10))
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageContaining("no WebSockets");
  }

  @Test
  void aRedirectIsFollowedWithItsToken() throws Exception {
    CompletableFuture<Map<String, String>> second = new CompletableFuture<>();
    AtomicInteger negotiations = new AtomicInteger();
    server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void negotiate(HostileServer.Exchange x) throws IOException {
                if (negotiations.incrementAndGet() == 1) {
                  x.answer(
                      200,
                      "{\"url\":\""
                          + server().hubUrl()
                          + "?tenant=2\",\"accessToken\":\"redirected\"}");
                } else {
                  second.complete(x.headers);
                  assertThat(x.requestLine).contains("tenant=2").contains("negotiateVersion=1");
                  x.answerNegotiate();
                }
              }
            });
    CstaTransport t = transport(WAIT);
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(second.get(10, TimeUnit.SECONDS))
        .containsEntry("authorization", "Bearer redirected");
  }

  @Test
  void aResultThatCannotBeDecodedFailsItsRequestTypedAndTheConnectionGoesOn() throws Exception {
    server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void webSocket(HostileServer.Peer ws) throws IOException {
                ws.answerHandshake();
                ws.serve(
                    inv ->
                        switch (inv.target()) {
                          case "MakeCall" -> inv.completeWith("\"a call, maybe\"");
                          case "ClearConnection" ->
                              "{\"type\":3,\"invocationId\":\""
                                  + inv.invocationId()
                                  + "\",\"error\":\"Unknown hub method\"}\u001e";
                          default -> inv.completeWith("{\"doNotDisturbOn\":true}");
                        });
              }
            });
    CstaTransport t = connected();

    assertThat(
            failureWithin(
                t.send(
                    MakeCall.of("100", "200"), RequestOptions.of(Duration.ofSeconds(10), "mc-1")),
                10))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("MakeCall (request mc-1): ")
        .hasMessageContaining("expected a MakeCallResponse");
    assertThat(recorder.awaitMalformed(WAIT).name()).isEqualTo("MakeCall");
    assertThat(
            failureWithin(
                t.send(
                    org.csta4j.model.ClearConnection.of(
                        org.csta4j.model.ConnectionId.of("c1", "100")),
                    RequestOptions.of(Duration.ofSeconds(10), "cc-1")),
                10))
        .isInstanceOf(GatewayRefusedException.class)
        .hasMessage("the gateway refused ClearConnection: Unknown hub method");
    GetDoNotDisturbResponse dnd =
        t.send(GetDoNotDisturb.of("100"), RequestOptions.of(Duration.ofSeconds(10), "dnd"))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    assertThat(dnd.doNotDisturbOn()).isTrue();
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
  }

  @Test
  void garbageAMissingTerminatorAndEmptyArgumentsAreReportedAndTheConnectionGoesOn()
      throws Exception {
    server =
        HostileServer.start(
            afterHandshake(
                ws -> {
                  ws.sendText("this is not json\u001e");
                  ws.sendText("{\"type\":1,\"target\":\"DeliveredEvent\",\"arguments\":[]}\u001e");
                  ws.sendText("{\"type\":1,\"target\":\"Parked\",\"arguments\":[{}]}");
                  ws.sendFrame(
                      0x2,
                      true,
                      "{\"type\":1,\"target\":\"Parked\",\"arguments\":[{}]}\u001e"
                          .getBytes(StandardCharsets.UTF_8));
                }));
    CstaTransport t = connected();

    assertThat(recorder.awaitMalformed(WAIT).excerpt()).contains("this is not json");
    assertThat(recorder.awaitMalformed(WAIT).problem())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("without arguments");
    assertThat(recorder.awaitMalformed(WAIT).problem())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("0x1E");
    assertThat(recorder.awaitEvent(WAIT)).isInstanceOf(UnknownEvent.class); // the binary frame
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
  }

  @Test
  void recordsSplitAcrossFragmentsAndSharingFramesArriveInOrder() throws Exception {
    byte[] two =
        ("{\"type\":1,\"target\":\"A\",\"arguments\":[{}]}\u001e"
                + "{\"type\":1,\"target\":\"B\",\"arguments\":[{}]}\u001e")
            .getBytes(StandardCharsets.UTF_8);
    server =
        HostileServer.start(
            afterHandshake(
                ws -> {
                  ws.sendFrame(0x1, false, Arrays.copyOf(two, 10));
                  ws.sendFrame(0x9, true, new byte[3]); // a ping amid the fragments
                  ws.sendFrame(0x0, false, Arrays.copyOfRange(two, 10, 50));
                  ws.sendFrame(0x0, true, Arrays.copyOfRange(two, 50, two.length));
                }));
    connected();
    assertThat(((UnknownEvent) recorder.awaitEvent(WAIT)).name()).isEqualTo("A");
    assertThat(((UnknownEvent) recorder.awaitEvent(WAIT)).name()).isEqualTo("B");
  }

  @Test
  void aMessageOverTheLimitIsRefusedAtItsHeaderAndTheLossNamesTheLimit() throws Exception {
    server =
        HostileServer.start(
            afterHandshake(
                ws -> {
                  ws.sendHeader(0x1, true, false, 1 << 20);
                  ws.sendPayload(1024, (byte) 'x'); // and never the rest
                }));
    CstaTransport t = connected();
    assertThat(recorder.awaitLoss(WAIT))
        .hasMessageContaining("maxMessageBytes")
        .hasMessageContaining(String.valueOf(LIMIT));
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    assertThat(recorder.losses()).as("reported once").hasSize(1);
  }

  @Test
  void fragmentsOfOneMessageAreSummedAgainstTheLimit() throws Exception {
    server =
        HostileServer.start(
            afterHandshake(
                ws -> {
                  byte[] third = new byte[LIMIT / 3];
                  Arrays.fill(third, (byte) ' ');
                  ws.sendFrame(0x1, false, third);
                  ws.sendFrame(0x0, false, third);
                  ws.sendFrame(0x0, false, third);
                  // over the limit, in total: refused once this fragment is in (Jetty's parser
                  // checks each frame's header against the limit, the transport the sum)
                  ws.sendFrame(0x0, true, new byte[1024]);
                }));
    connected();
    assertThat(recorder.awaitLoss(WAIT)).hasMessageContaining("maxMessageBytes");
  }

  @Test
  void aMessageOfExactlyTheLimitArrivesAndSoDoesTheNextOne() throws Exception {
    server =
        HostileServer.start(
            afterHandshake(
                ws -> {
                  ws.sendFrame(0x2, true, eventOfSize(LIMIT));
                  byte[] whole = eventOfSize(LIMIT);
                  ws.sendFrame(0x1, false, Arrays.copyOf(whole, LIMIT / 2));
                  ws.sendFrame(0x0, true, Arrays.copyOfRange(whole, LIMIT / 2, whole.length));
                }));
    CstaTransport t = connected();
    assertThat(recorder.awaitEvent(WAIT)).isInstanceOf(UnknownEvent.class);
    assertThat(recorder.awaitEvent(WAIT)).isInstanceOf(UnknownEvent.class);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(recorder.losses()).isEmpty();
  }

  @Test
  void aCompressedFrameIsRefused() throws Exception {
    server =
        HostileServer.start(
            afterHandshake(
                ws -> {
                  ws.sendHeader(0x1, true, true, 10);
                  ws.write(new byte[10]);
                }));
    connected();
    assertThat(recorder.awaitLoss(WAIT)).hasMessageStartingWith("connection lost");
  }

  @Test
  void aNegotiateResponseOverTheLimitFailsTheConnectNamingTheLimit() throws Exception {
    server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void negotiate(HostileServer.Exchange x) throws IOException {
                x.answerWithBody(50_000_000L, 2L * LIMIT); // then nothing more
                x.hold();
              }
            });
    assertThat(failureWithin(transport(WAIT).connect(), 10))
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageStartingWith("cannot connect to " + server().hubUrl() + ": ")
        .hasMessageContaining("maxMessageBytes")
        .hasMessageContaining(String.valueOf(LIMIT));
  }

  @Test
  void aCloseWithAnErrorIsALossWithTheGatewaysWords() throws Exception {
    server =
        HostileServer.start(
            afterHandshake(
                ws ->
                    ws.sendText(
                        "{\"type\":7,\"error\":\"maintenance\",\"allowReconnect\":true}\u001e")));
    connected();
    assertThat(recorder.awaitLoss(WAIT)).hasMessageContaining("maintenance");
  }
}
