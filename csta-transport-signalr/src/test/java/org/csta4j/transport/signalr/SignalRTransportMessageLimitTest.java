package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.UnknownEvent;
import org.csta4j.simulator.TestCertificates;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.HostileServer;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TransportConfig#maxMessageBytes()}: a larger message is refused as its frame header
 * passes, before any of its payload is read (the servers here never even send most of it), the
 * connection closes and the loss names the limit. Over real sockets to {@link HostileServer}. The
 * cases both transports share (a message over and at the limit, a negotiate response over it) are
 * in {@link org.csta4j.transport.testing.TransportHostileServerTest}; these are the official
 * client's own: pings amid fragments, its words for a compressed frame, the limit over TLS.
 */
class SignalRTransportMessageLimitTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int LIMIT = 64 * 1024;

  @TempDir static Path certificates;
  private static TestCertificates certs;

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

  @BeforeAll
  static void generate() {
    certs = TestCertificates.generate(certificates);
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

  private CstaTransport connect(SignalROptions options) throws Exception {
    CstaTransport t =
        new SignalRTransportFactory(options)
            .create(
                TransportConfig.builder(server().hubUrl(), executor).maxMessageBytes(LIMIT).build(),
                recorder);
    transport = t;
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    return t;
  }

  private CstaTransport connect() throws Exception {
    return connect(SignalROptions.defaults());
  }

  /** After the handshake, does {@code then} and then holds the connection open, silent. */
  private static HostileServer.Behaviour afterHandshake(WebSocketScript then) {
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

  interface WebSocketScript {
    void run(HostileServer.Peer ws) throws IOException;
  }

  /** An event record of exactly {@code size} bytes, terminator included. */
  private static byte[] eventOfSize(int size) {
    String head = "{\"type\":1,\"target\":\"Parked\",\"arguments\":[{\"pad\":\"";
    String tail = "\"}]}\u001e";
    return (head + "x".repeat(size - head.length() - tail.length()) + tail)
        .getBytes(StandardCharsets.UTF_8);
  }

  private CstaTransport transport() {
    CstaTransport t = transport;
    if (t == null) {
      throw new IllegalStateException("the test made no transport");
    }
    return t;
  }

  private void assertLossNamesTheLimit() throws InterruptedException {
    ConnectionLostException lost = recorder.awaitLoss(WAIT);
    assertThat(lost)
        .hasMessageContaining("maxMessageBytes")
        .hasMessageContaining(String.valueOf(LIMIT));
    assertThat(transport().state()).isEqualTo(TransportState.LOST);
  }

  @Test
  void fragmentsOfOneMessageAreSummedAndPingsBetweenThemDoNotCount() throws Exception {
    server =
        HostileServer.start(
            afterHandshake(
                ws -> {
                  byte[] third = new byte[LIMIT / 3];
                  java.util.Arrays.fill(third, (byte) ' ');
                  ws.sendFrame(0x1, false, third);
                  ws.sendFrame(0x9, true, new byte[100]); // a ping amid the fragments
                  ws.sendFrame(0x0, false, third);
                  ws.sendFrame(0x0, false, third);
                  ws.sendHeader(0x0, true, false, 1024); // over the limit, in total
                }));
    connect();
    assertLossNamesTheLimit();
  }

  @Test
  void theClientOffersNoCompressionAndRefusesACompressedFrame() throws Exception {
    java.util.concurrent.CompletableFuture<String> offered =
        new java.util.concurrent.CompletableFuture<>();
    server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void webSocket(HostileServer.Peer ws) throws IOException {
                offered.complete(String.valueOf(ws.upgradeHeaders.get("sec-websocket-extensions")));
                ws.answerHandshake();
                ws.awaitPing();
                // a compressed frame's size on the wire says nothing of its size inflated
                ws.sendHeader(0x1, true, true, 10);
                ws.write(new byte[10]);
                ws.hold();
              }
            });
    connect();
    assertThat(offered.get(10, TimeUnit.SECONDS)).isEqualTo("null");
    assertThat(recorder.awaitLoss(WAIT)).hasMessageContaining("compressed");
  }

  @Test
  void overTlsTheLimitHoldsOnTheDecryptedStream() throws Exception {
    server =
        HostileServer.startTls(
            certs.serverContext(),
            afterHandshake(
                ws -> {
                  ws.sendFrame(0x1, true, eventOfSize(1000)); // a good one first
                  ws.sendHeader(0x2, true, false, 50_000_000L);
                  ws.sendPayload(4096, (byte) 'x');
                }));
    connect(SignalROptions.builder().tls(certs.clientContext(), certs.trustManager()).build());
    assertThat(recorder.awaitEvent(WAIT)).isInstanceOf(UnknownEvent.class);
    assertLossNamesTheLimit();
  }
}
