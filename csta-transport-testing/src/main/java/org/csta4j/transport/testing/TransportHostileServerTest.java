package org.csta4j.transport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractThrowableAssert;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.UnknownEvent;
import org.csta4j.model.internal.Failures;
import org.csta4j.model.internal.Threads;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.ProtocolException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile gateways every SignalR transport must survive with the same typed outcome, over real
 * sockets to {@link HostileServer}: a negotiate or handshake never answered (the connect timeout
 * decides, close ends it at once, no thread is left), negotiate errors and redirects, a handshake
 * answer split over two messages, a result that cannot be decoded, garbage, a missing terminator,
 * empty arguments, fragmented records, messages over, at and summed against the size limit, a
 * compressed frame, a close that is never answered and one with an error, and an {@code https} URI
 * pointed at a plain-text port.
 *
 * <p>Extend it in a transport's tests and supply the factory; {@link #transportThreads()} names the
 * threads the transport may start, for the checks that close leaves none behind. Every case runs
 * with {@link #LIMIT} as {@code maxMessageBytes}.
 */
public abstract class TransportHostileServerTest {
  /** How long a case waits for what it expects. */
  protected static final Duration WAIT = Duration.ofSeconds(10);

  /** The message size limit of every transport the cases make, 64 KiB. */
  protected static final int LIMIT = 64 * 1024;

  /** The name prefix of the callback executor's threads, which are the test's own. */
  protected static final String CALLBACK_THREADS = "test-callbacks-";

  private final ExecutorService executor =
      Executors.newFixedThreadPool(2, Threads.numbered(CALLBACK_THREADS));

  /** Hears what the transport under test delivers. */
  protected final RecordingTransportListener recorder = new RecordingTransportListener();

  private @Nullable HostileServer server;
  private @Nullable CstaTransport transport;

  /** For subclasses. */
  protected TransportHostileServerTest() {}

  /** {@return the factory of the transport under test, with its default options} */
  protected abstract CstaTransportFactory factory();

  /**
   * {@return the live threads the transport under test may have started (its own pools, its HTTP
   * client's), for the checks that none is left after close} The default: none, so no check.
   */
  protected Set<Thread> transportThreads() {
    return Set.of();
  }

  /**
   * {@return words the connect failure contains when negotiate offers no WebSockets} The outcome is
   * the same for every transport (a {@link ConnectionLostException} "cannot connect to ..."); the
   * default, {@code "no WebSockets"}, is the Jetty transport's wording. The official client says it
   * in its own.
   */
  protected String noWebSocketsWords() {
    return "no WebSockets";
  }

  /**
   * {@return whether the transport accepts a handshake answer split over two WebSocket messages}
   * The protocol lets a record span messages, so true (the default) is right. The official Java
   * client reads the handshake answer from the first message alone and closes when that holds no
   * whole record; for it, the case checks that the connect fails typed instead.
   */
  protected boolean acceptsAHandshakeSplitOverMessages() {
    return true;
  }

  /**
   * {@return whether a Close message with an error ends the connection at once, while the gateway
   * keeps the socket open} Right per the protocol, and the default. The official Java client ends
   * only when the WebSocket closes (it answers the Close with a close frame and waits for the
   * gateway's, up to OkHttp's 60 s); for it, the gateway of the case closes the socket after its
   * Close, as a gateway does, and the outcome checked is the same loss with the gateway's words.
   */
  protected boolean endsAtACloseMessage() {
    return true;
  }

  /** Closes the transport and the server, and stops the callback executor. */
  @AfterEach
  protected void stop() {
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
    return transport(server().hubUrl(), connectTimeout);
  }

  /** The transport under test to {@code gateway}, with {@link #LIMIT}; closed after the case. */
  private CstaTransport transport(URI gateway, Duration connectTimeout) {
    CstaTransport t =
        factory()
            .create(
                TransportConfig.builder(gateway, executor)
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

  /** Why a connect with the default connect timeout failed, within 10 s. */
  private Throwable connectFailure() throws InterruptedException, TimeoutException {
    return failureWithin(transport(WAIT).connect(), 10);
  }

  /** A connect failure in the words both transports share: "cannot connect to (gateway): ...". */
  private AbstractThrowableAssert<?, ? extends Throwable> assertCannotConnect(Throwable failure) {
    return assertThat(failure)
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageStartingWith("cannot connect to " + server().hubUrl() + ": ");
  }

  /**
   * A gateway that never answers {@code step}: the connect fails at the connect timeout, naming the
   * timeout and the step; the loss is reported once, with that failure; close leaves no thread.
   */
  private void assertTheConnectTimeoutBounds(
      HostileServer.Behaviour silent, int timeoutMillis, String step) throws Exception {
    server = HostileServer.start(silent);
    CstaTransport t = transport(Duration.ofMillis(timeoutMillis));
    Set<Thread> before = transportThreads();

    Throwable failure = failureWithin(t.connect(), 8);

    assertCannotConnect(failure)
        .hasMessageContaining("within " + timeoutMillis + " ms")
        .hasMessageContaining(step);
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    assertThat(recorder.awaitLoss(WAIT)).isSameAs(failure);
    t.close();
    assertNoThreadLeftSince(before);
  }

  /**
   * Closes the transport while its connect waits for a gateway that never answers {@code step}:
   * close returns promptly, the connect fails as closed, no thread is left. {@return why the
   * connect failed}
   */
  private Throwable closeWhileWaitingFor(HostileServer.Behaviour silent, String step)
      throws Exception {
    server = HostileServer.start(silent);
    CstaTransport t = transport(Duration.ofSeconds(60));
    Set<Thread> before = transportThreads();
    CompletionStage<Void> connect = t.connect();
    server().awaitStep(step);

    closeWithinOneSecond(t);

    Throwable failure = failureWithin(connect, 1);
    assertThat(failure).isInstanceOf(TransportClosedException.class);
    assertThat(t.state()).isEqualTo(TransportState.CLOSED);
    assertNoThreadLeftSince(before);
    return failure;
  }

  /** Asks for the do-not-disturb state of device 100 and waits for the answer. */
  private static boolean doNotDisturbOn(CstaTransport t) throws Exception {
    return t.send(GetDoNotDisturb.of("100"), RequestOptions.of(Duration.ofSeconds(10), "dnd"))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS)
        .doNotDisturbOn();
  }

  /**
   * Closes on another thread and waits for close() to return. A transport bounds its own wait at
   * about 500 ms; 3 s keeps a loaded 2-core machine from failing the case, and still tells a prompt
   * close from one that waits for the gateway.
   */
  private void closeWithinOneSecond(CstaTransport t) throws Exception {
    CompletableFuture.runAsync(t::close, executor).get(3, TimeUnit.SECONDS);
  }

  /** Every transport thread started since {@code before} ends within 10 s. */
  private void assertNoThreadLeftSince(Set<Thread> before) throws InterruptedException {
    Set<Thread> started =
        transportThreads().stream().filter(t -> !before.contains(t)).collect(Collectors.toSet());
    for (Thread t : started) {
      t.join(10_000);
    }
    assertThat(started.stream().filter(Thread::isAlive).map(Thread::getName))
        .as("threads left behind")
        .isEmpty();
  }

  /**
   * What a case's gateway does on a WebSocket (after the handshake, for {@link #afterHandshake}).
   */
  private interface Script {
    void run(HostileServer.Peer ws) throws IOException;
  }

  /** What a case's gateway does with a negotiate request. */
  private interface NegotiateScript {
    void run(HostileServer.Exchange x) throws IOException;
  }

  /** A gateway that answers negotiate and runs {@code script} on the WebSocket. */
  private static HostileServer.Behaviour onWebSocket(Script script) {
    return new HostileServer.Behaviour() {
      @Override
      public void webSocket(HostileServer.Peer ws) throws IOException {
        script.run(ws);
      }
    };
  }

  /** A gateway that runs {@code script} on negotiate. */
  private static HostileServer.Behaviour onNegotiate(NegotiateScript script) {
    return new HostileServer.Behaviour() {
      @Override
      public void negotiate(HostileServer.Exchange x) throws IOException {
        script.run(x);
      }
    };
  }

  /**
   * Starts a gateway that accepts the handshake, waits for the client's first ping, runs {@code
   * script} and holds the connection; {@return the transport under test, connected to it}
   */
  private CstaTransport connectedTo(Script script) throws Exception {
    server = HostileServer.start(afterHandshake(script));
    return connected();
  }

  /** Accepts the handshake, waits for the client's first ping, runs the script, then holds. */
  private static HostileServer.Behaviour afterHandshake(Script then) {
    return onWebSocket(
        ws -> {
          ws.answerHandshake();
          ws.awaitPing();
          then.run(ws);
          ws.hold();
        });
  }

  private static final HostileServer.Behaviour SILENT_NEGOTIATE =
      onNegotiate(HostileServer.Exchange::hold);

  private static final HostileServer.Behaviour SILENT_HANDSHAKE =
      onWebSocket(
          ws -> {
            ws.readHandshake();
            ws.hold();
          });

  private static HostileServer.Behaviour negotiateWith(int status, String body) {
    return onNegotiate(x -> x.answer(status, body));
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
        factory()
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
        // a transport may ask the provider again for the upgrade (the official client does)
        .hasEntrySatisfying("authorization", v -> assertThat(v).startsWith("Bearer token-"))
        .doesNotContainKey("sec-websocket-extensions"); // no compression: sizes stay checkable
  }

  @Test
  void theConnectTimeoutBoundsANegotiateThatIsNeverAnswered() throws Exception {
    assertTheConnectTimeoutBounds(SILENT_NEGOTIATE, 500, "negotiate");
  }

  @Test
  void closeWhileNegotiatingFailsTheConnectAtOnce() throws Exception {
    assertThat(closeWhileWaitingFor(SILENT_NEGOTIATE, "negotiate"))
        .hasMessageContaining("closed while connecting");
    // the listener hears the states on the callback executor, maybe after close() returned
    assertThat(recorder.awaitState(WAIT)).isEqualTo(TransportState.CONNECTING);
    assertThat(recorder.awaitState(WAIT)).isEqualTo(TransportState.CLOSED);
    assertThat(recorder.states()).containsExactly(TransportState.CONNECTING, TransportState.CLOSED);
    assertThat(recorder.losses()).isEmpty();
  }

  @Test
  void theConnectTimeoutBoundsAHandshakeThatIsNeverAnswered() throws Exception {
    // a client's own handshake timeout (the official one's is 15 s) must not decide
    assertTheConnectTimeoutBounds(SILENT_HANDSHAKE, 700, "handshake");
  }

  @Test
  void closeWhileWaitingForTheHandshakeFailsTheConnectAtOnceAndLeavesNoThread() throws Exception {
    closeWhileWaitingFor(SILENT_HANDSHAKE, "handshake");
  }

  @Test
  void closeIsPromptWhenTheGatewayNeverAnswersTheClose() throws Exception {
    server =
        HostileServer.start(
            onWebSocket(
                ws -> {
                  ws.answerHandshake();
                  ws.hold(); // reads the Close and the close frame, answers neither
                }));
    CstaTransport t = transport(Duration.ofSeconds(10));
    Set<Thread> before = transportThreads();
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    CompletionStage<GetDoNotDisturbResponse> pending =
        t.send(GetDoNotDisturb.of("100"), RequestOptions.of(Duration.ofSeconds(60), "never"));

    closeWithinOneSecond(t);

    assertThat(failureWithin(pending, 1)).isInstanceOf(TransportClosedException.class);
    assertNoThreadLeftSince(before);
  }

  @Test
  void aHandshakeAnswerSplitOverTwoWebSocketMessagesIsAccepted() throws Exception {
    server =
        HostileServer.start(
            onWebSocket(
                ws -> {
                  ws.readHandshake();
                  // two whole messages, not fragments of one: the record ends in the second
                  ws.sendText("{");
                  ws.sendText("}\u001e");
                  ws.serve(inv -> inv.completeWith("{\"doNotDisturbOn\":true}"));
                }));
    if (!acceptsAHandshakeSplitOverMessages()) {
      assertCannotConnect(connectFailure()).hasMessageContaining("handshake");
      return;
    }
    CstaTransport t = connected();
    assertThat(doNotDisturbOn(t)).isTrue();
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(recorder.malformedMessages()).isEmpty();
  }

  @Test
  void aNegotiateErrorFailsTheConnectWithTheGatewaysWords() throws Exception {
    server = HostileServer.start(negotiateWith(200, "{\"error\":\"tenant suspended\"}"));
    assertCannotConnect(connectFailure()).hasMessageContaining("tenant suspended");
  }

  @Test
  void aNon200NegotiateFailsTheConnectNamingTheStatus() throws Exception {
    server = HostileServer.start(negotiateWith(503, "{}"));
    assertCannotConnect(connectFailure()).hasMessageContaining("503");
  }

  @Test
  void aNegotiateWithoutWebSocketsFailsTheConnect() throws Exception {
    server =
        HostileServer.start(
            negotiateWith(
                200,
                "{\"connectionToken\":\"t\",\"negotiateVersion\":1,\"availableTransports\":"
                    + "[{\"transport\":\"LongPolling\",\"transferFormats\":[\"Text\"]}]}"));
    assertCannotConnect(connectFailure()).hasMessageContaining(noWebSocketsWords());
  }

  @Test
  void aRedirectIsFollowedWithItsToken() throws Exception {
    CompletableFuture<Map<String, String>> second = new CompletableFuture<>();
    AtomicInteger negotiations = new AtomicInteger();
    server =
        HostileServer.start(
            onNegotiate(
                x -> {
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
                }));
    CstaTransport t = transport(WAIT);
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(second.get(10, TimeUnit.SECONDS))
        .containsEntry("authorization", "Bearer redirected");
  }

  @Test
  void aResultThatCannotBeDecodedFailsItsRequestTypedAndTheConnectionGoesOn() throws Exception {
    server =
        HostileServer.start(
            onWebSocket(
                ws -> {
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
                }));
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
    assertThat(doNotDisturbOn(t)).isTrue();
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
  }

  @Test
  void garbageAMissingTerminatorAndEmptyArgumentsAreReportedAndTheConnectionGoesOn()
      throws Exception {
    CstaTransport t =
        connectedTo(
            ws -> {
              ws.sendText("this is not json\u001e");
              ws.sendText("{\"type\":1,\"target\":\"DeliveredEvent\",\"arguments\":[]}\u001e");
              ws.sendText("{\"type\":1,\"target\":\"Parked\",\"arguments\":[{}]}");
              ws.sendFrame(
                  0x2,
                  true,
                  "{\"type\":1,\"target\":\"Parked\",\"arguments\":[{}]}\u001e"
                      .getBytes(StandardCharsets.UTF_8));
            });

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
    connectedTo(
        ws -> {
          ws.sendFrame(0x1, false, Arrays.copyOf(two, 10));
          ws.sendFrame(0x9, true, new byte[3]); // a ping amid the fragments
          ws.sendFrame(0x0, false, Arrays.copyOfRange(two, 10, 50));
          ws.sendFrame(0x0, true, Arrays.copyOfRange(two, 50, two.length));
        });
    assertThat(((UnknownEvent) recorder.awaitEvent(WAIT)).name()).isEqualTo("A");
    assertThat(((UnknownEvent) recorder.awaitEvent(WAIT)).name()).isEqualTo("B");
  }

  @Test
  void aMessageOverTheLimitIsRefusedAtItsHeaderAndTheLossNamesTheLimit() throws Exception {
    CstaTransport t =
        connectedTo(
            ws -> {
              ws.sendHeader(0x1, true, false, 1 << 20);
              ws.sendPayload(1024, (byte) 'x'); // and never the rest
            });
    assertThat(recorder.awaitLoss(WAIT))
        .hasMessageContaining("maxMessageBytes")
        .hasMessageContaining(String.valueOf(LIMIT));
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    assertThat(recorder.losses()).as("reported once").hasSize(1);
  }

  @Test
  void fragmentsOfOneMessageAreSummedAgainstTheLimit() throws Exception {
    connectedTo(
        ws -> {
          byte[] third = new byte[LIMIT / 3];
          Arrays.fill(third, (byte) ' ');
          ws.sendFrame(0x1, false, third);
          ws.sendFrame(0x0, false, third);
          ws.sendFrame(0x0, false, third);
          // over the limit, in total: refused once this fragment is in (Jetty's parser
          // checks each frame's header against the limit, the transport the sum)
          ws.sendFrame(0x0, true, new byte[1024]);
        });
    assertThat(recorder.awaitLoss(WAIT)).hasMessageContaining("maxMessageBytes");
  }

  @Test
  void aMessageOfExactlyTheLimitArrivesAndSoDoesTheNextOne() throws Exception {
    CstaTransport t =
        connectedTo(
            ws -> {
              ws.sendFrame(0x2, true, eventOfSize(LIMIT));
              byte[] whole = eventOfSize(LIMIT);
              ws.sendFrame(0x1, false, Arrays.copyOf(whole, LIMIT / 2));
              ws.sendFrame(0x0, true, Arrays.copyOfRange(whole, LIMIT / 2, whole.length));
            });
    assertThat(recorder.awaitEvent(WAIT)).isInstanceOf(UnknownEvent.class);
    assertThat(recorder.awaitEvent(WAIT)).isInstanceOf(UnknownEvent.class);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(recorder.losses()).isEmpty();
  }

  @Test
  void aCompressedFrameIsRefused() throws Exception {
    connectedTo(
        ws -> {
          ws.sendHeader(0x1, true, true, 10);
          ws.write(new byte[10]);
        });
    assertThat(recorder.awaitLoss(WAIT)).hasMessageStartingWith("connection lost");
  }

  @Test
  void aNegotiateResponseOverTheLimitFailsTheConnectNamingTheLimit() throws Exception {
    server =
        HostileServer.start(
            onNegotiate(
                x -> {
                  x.answerWithBody(50_000_000L, 2L * LIMIT); // then nothing more
                  x.hold();
                }));
    assertCannotConnect(connectFailure())
        .hasMessageContaining("maxMessageBytes")
        .hasMessageContaining(String.valueOf(LIMIT));
  }

  @Test
  void aCloseWithAnErrorIsALossWithTheGatewaysWords() throws Exception {
    boolean atOnce = endsAtACloseMessage();
    server =
        HostileServer.start(
            onWebSocket(
                ws -> {
                  ws.answerHandshake();
                  ws.awaitPing();
                  ws.sendText(
                      "{\"type\":7,\"error\":\"maintenance\",\"allowReconnect\":true}\u001e");
                  if (atOnce) {
                    ws.hold(); // the socket stays open: the Close alone must end the connection
                  } // else returning closes the socket
                }));
    CstaTransport t = connected();
    assertThat(recorder.awaitLoss(WAIT)).hasMessageContaining("maintenance");
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    assertThat(recorder.losses()).as("reported once").hasSize(1);
  }

  /** What any HTTP server answers to a TLS ClientHello, before it closes. */
  private static final String PLAIN_TEXT_ANSWER =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

  /** Reads one TLS record: a 5-byte header whose last two bytes are the length, and its body. */
  private static void readTlsRecord(InputStream in) throws IOException {
    byte[] header = in.readNBytes(5);
    if (header.length == 5) {
      in.readNBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
    }
  }

  @Test
  void anHttpsUriAtAPlainTextPortSaysSo() throws Exception {
    // what any HTTP server does with a TLS ClientHello: a 400 in plain text, then close
    try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answering =
          Threads.daemon(
              () -> {
                while (!plain.isClosed()) {
                  try (Socket s = plain.accept()) {
                    s.setSoTimeout((int) WAIT.toMillis());
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    // the whole ClientHello first: closing with unread bytes would be a reset,
                    // which can overtake the answer
                    readTlsRecord(in);
                    out.write(PLAIN_TEXT_ANSWER.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    s.shutdownOutput();
                    while (in.read() >= 0) {
                      // until the client, having read the answer, closes
                    }
                  } catch (IOException e) {
                    // the client went away, or the case is over
                  }
                }
              },
              "plain-text-port");
      answering.start();
      URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/csta");
      CstaTransport t = transport(https, WAIT);

      Throwable failure = failureWithin(t.connect(), 10);

      assertThat(failure)
          .isInstanceOf(ConnectionLostException.class)
          .hasMessageStartingWith(
              "cannot connect to "
                  + https
                  + ": TLS handshake failed: is that a plain-text (http) port? (");
      assertThat(t.state()).isEqualTo(TransportState.LOST);
    }
  }
}
