package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.internal.Threads;
import org.csta4j.transport.ConnectionLostException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A gateway that accepts the TCP connection and then never says a word, over a real socket with the
 * SignalR transport: the connect timeout bounds the whole connect, and closing the client ends a
 * pending connect at once, whatever the transport is waiting for.
 */
class SilentGatewayTest {
  private ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final CountDownLatch someoneConnected = new CountDownLatch(1);

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t =
        Threads.daemon(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket s = server.accept();
                  accepted.add(s);
                  someoneConnected.countDown();
                  swallow(s);
                } catch (IOException e) {
                  return; // closed
                }
              }
            },
            "silent-gateway");
    t.start();
  }

  /** Reads whatever the client sends and answers nothing. */
  private static void swallow(Socket s) {
    Thread reader =
        Threads.daemon(
            () -> {
              byte[] buf = new byte[4096];
              try (InputStream in = s.getInputStream()) {
                while (in.read(buf) >= 0) {
                  // silence
                }
              } catch (IOException e) {
                // the client went away
              }
            },
            "silent-gateway-reader");
    reader.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    for (Socket s : accepted) {
      s.close();
    }
  }

  private CstaClient.Builder client() {
    return CstaClient.builder()
        .gateway(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/csta"))
        .credentials("demo", "demo", "demo.local");
  }

  @Test
  void theConnectTimeoutBoundsTheWholeConnect() throws Exception {
    try (CstaClient c = client().connectTimeout(Duration.ofSeconds(1)).build()) {
      CompletableFuture<CstaSession> connect = c.connect();
      // 1 s of connect timeout; the rest is room for a loaded machine (it used to take 15 s, or
      // never end when negotiate went unanswered)
      assertThat(connect)
          .failsWithin(Duration.ofSeconds(8))
          .withThrowableThat()
          .havingCause()
          .isInstanceOf(ConnectionLostException.class);
      assertThat(accepted).isNotEmpty();
    }
  }

  @Test
  void closingTheClientEndsAPendingConnectAtOnce() throws Exception {
    CstaClient c = client().build(); // the default connect timeout: 10 s
    CompletableFuture<CstaSession> connect = c.connect();
    assertThat(someoneConnected.await(20, TimeUnit.SECONDS)).isTrue();
    long t0 = System.nanoTime();
    c.close();
    Duration closing = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(connect)
        .failsWithin(Duration.ofSeconds(3))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(SessionClosedException.class)
        .withMessageContaining("closed while connecting");
    // the target is 1 s; the bound leaves room for a loaded 2-core machine, the old 5 s is out
    assertThat(closing).isLessThan(Duration.ofSeconds(3));
  }
}
