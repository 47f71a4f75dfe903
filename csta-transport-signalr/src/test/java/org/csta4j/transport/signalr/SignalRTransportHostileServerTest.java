package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.internal.Failures;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
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
 * Gateways that accept the connection and then never answer, or answer wrongly: the connect timeout
 * bounds the whole connect, close ends everything at once, and a wrong result is a typed failure of
 * its request only. Over real sockets to {@link HostileServer}.
 */
class SignalRTransportHostileServerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final ExecutorService executor = ThreadLeaks.callbackPool();
  private final RecordingTransportListener recorder = new RecordingTransportListener();
  private @Nullable HostileServer server;
  private @Nullable CstaTransport transport;

  private HostileServer server() {
    HostileServer s = server;
    if (s == null) {
      throw new IllegalStateException("the test started no server");
    }
    return s;
  }

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

  private CstaTransport transport(Duration connectTimeout) {
    CstaTransport t =
        new SignalRTransportFactory()
            .create(
                TransportConfig.builder(server().hubUrl(), executor)
                    .connectTimeout(connectTimeout)
                    .build(),
                recorder);
    transport = t;
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

  /**
   * Closes on another thread and waits for close() to return. The transport bounds its own wait at
   * 500 ms (the feature: within 1 s); the test allows 3 s so that a loaded 2-core machine does not
   * fail it, which still tells it from the old close (5 s, or never against a silent negotiate).
   */
  private void closeWithinOneSecond(CstaTransport t) throws Exception {
    CompletableFuture.runAsync(t::close, executor).get(3, TimeUnit.SECONDS);
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
        public void webSocket(HostileServer.Peer ws) throws java.io.IOException {
          ws.readHandshake();
          ws.hold();
        }
      };

  @Test
  void theConfiguredHeadersAndTheTokenReachTheGatewayOnNegotiateAndUpgrade() throws Exception {
    CompletableFuture<java.util.Map<String, String>> negotiated = new CompletableFuture<>();
    CompletableFuture<java.util.Map<String, String>> upgraded = new CompletableFuture<>();
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
        new SignalRTransportFactory()
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
        .hasEntrySatisfying("authorization", v -> assertThat(v).startsWith("Bearer token-"));
  }

  @Test
  void theConnectTimeoutBoundsANegotiateThatIsNeverAnswered() throws Exception {
    server = HostileServer.start(SILENT_NEGOTIATE);
    CstaTransport t = transport(Duration.ofMillis(500));
    Set<Thread> before = ThreadLeaks.transportLikeThreads();

    // generous: the feature is "fails after about the connect timeout", not "never"
    Throwable failure = failureWithin(t.connect(), 8);

    assertThat(failure)
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageStartingWith("cannot connect to " + server.hubUrl() + ": ")
        .hasMessageContaining("within 500 ms")
        .hasMessageContaining("negotiate");
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    assertThat(recorder.awaitLoss(WAIT)).isSameAs(failure);
    t.close();
    ThreadLeaks.assertNoThreadLeftSince(before);
  }

  @Test
  void closeWhileNegotiatingFailsTheConnectAtOnceAndLeavesNoThread() throws Exception {
    server = HostileServer.start(SILENT_NEGOTIATE);
    CstaTransport t = transport(Duration.ofSeconds(60));
    Set<Thread> before = ThreadLeaks.transportLikeThreads();
    CompletionStage<Void> connect = t.connect();
    server.awaitStep("negotiate");

    closeWithinOneSecond(t);

    assertThat(failureWithin(connect, 1))
        .isInstanceOf(TransportClosedException.class)
        .hasMessageContaining("closed while connecting");
    assertThat(t.state()).isEqualTo(TransportState.CLOSED);
    assertThat(recorder.states()).containsExactly(TransportState.CONNECTING, TransportState.CLOSED);
    assertThat(recorder.losses()).isEmpty();
    ThreadLeaks.assertNoThreadLeftSince(before);
  }

  @Test
  void theConnectTimeoutBoundsAHandshakeThatIsNeverAnswered() throws Exception {
    server = HostileServer.start(SILENT_HANDSHAKE);
    // the client's own handshake timeout (15 s by default) must not decide
    CstaTransport t = transport(Duration.ofMillis(700));
    Set<Thread> before = ThreadLeaks.transportLikeThreads();

    Throwable failure = failureWithin(t.connect(), 8);

    assertThat(failure)
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageStartingWith("cannot connect to " + server.hubUrl() + ": ")
        .hasMessageContaining("within 700 ms")
        .hasMessageContaining("handshake");
    t.close();
    ThreadLeaks.assertNoThreadLeftSince(before);
  }

  @Test
  void closeWhileWaitingForTheHandshakeFailsTheConnectAtOnceAndLeavesNoThread() throws Exception {
    server = HostileServer.start(SILENT_HANDSHAKE);
    CstaTransport t = transport(Duration.ofSeconds(60));
    Set<Thread> before = ThreadLeaks.transportLikeThreads();
    CompletionStage<Void> connect = t.connect();
    server.awaitStep("handshake");

    closeWithinOneSecond(t);

    assertThat(failureWithin(connect, 1)).isInstanceOf(TransportClosedException.class);
    assertThat(t.state()).isEqualTo(TransportState.CLOSED);
    // the client's handshake-timeout pool and OkHttp's reader end too
    ThreadLeaks.assertNoThreadLeftSince(before);
  }

  @Test
  void closeIsPromptWhenTheGatewayNeverAnswersTheClose() throws Exception {
    server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void webSocket(HostileServer.Peer ws) throws java.io.IOException {
                ws.answerHandshake();
                ws.hold(); // reads the Close and the close frame, answers neither
              }
            });
    CstaTransport t = transport(Duration.ofSeconds(10));
    Set<Thread> before = ThreadLeaks.transportLikeThreads();
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    CompletionStage<GetDoNotDisturbResponse> pending =
        t.send(GetDoNotDisturb.of("100"), RequestOptions.of(Duration.ofSeconds(60), "never"));

    closeWithinOneSecond(t);

    assertThat(failureWithin(pending, 1)).isInstanceOf(TransportClosedException.class);
    ThreadLeaks.assertNoThreadLeftSince(before);
  }

  @Test
  void aResultThatCannotBeDecodedFailsItsRequestTypedAndTheConnectionGoesOn() throws Exception {
    server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void webSocket(HostileServer.Peer ws) throws java.io.IOException {
                ws.answerHandshake();
                ws.serve(
                    inv ->
                        inv.target().equals("MakeCall")
                            ? inv.completeWith("\"a call, maybe\"")
                            : inv.completeWith("{\"doNotDisturbOn\":true}"));
              }
            });
    CstaTransport t = transport(Duration.ofSeconds(10));
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);

    Throwable failure =
        failureWithin(
            t.send(MakeCall.of("100", "200"), RequestOptions.of(Duration.ofSeconds(10), "mc-1")),
            10);

    assertThat(failure)
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("MakeCall (request mc-1): ")
        .hasMessageContaining("expected a MakeCallResponse")
        .hasMessageNotContaining("Cannot cast");
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(recorder.awaitMalformed(WAIT).name()).isEqualTo("MakeCall");
    assertThat(
            t.send(GetDoNotDisturb.of("100"), RequestOptions.of(Duration.ofSeconds(10), "dnd"))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS)
                .doNotDisturbOn())
        .isTrue();
  }
}
