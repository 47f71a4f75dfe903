package org.csta4j.transport.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test kit's proxy, with raw sockets in front of it and an echo server behind it. */
class TestProxyTest {
  private final EchoServer origin = new EchoServer();

  @AfterEach
  void stop() throws IOException {
    origin.close();
  }

  private static Socket connect(int port) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setSoTimeout(10_000);
    return s;
  }

  private static void write(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static String read(Socket s, int length) throws IOException {
    byte[] bytes = s.getInputStream().readNBytes(length);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  @Test
  void aConnectOpensATunnelAndIsRecorded() throws IOException {
    try (TestProxy proxy = TestProxy.start();
        Socket client = connect(proxy.port())) {
      String target = "127.0.0.1:" + origin.port();
      write(client, "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n");
      String established = "HTTP/1.1 200 Connection established\r\n\r\n";
      assertThat(read(client, established.length())).isEqualTo(established);
      write(client, "through the tunnel");
      assertThat(read(client, "through the tunnel".length())).isEqualTo("through the tunnel");
      assertThat(proxy.forwarded()).containsExactly("CONNECT " + target);
    }
  }

  @Test
  void anAbsoluteFormRequestIsForwardedAsItIs() throws IOException {
    try (TestProxy proxy = TestProxy.start();
        Socket client = connect(proxy.port())) {
      String url = "http://127.0.0.1:" + origin.port() + "/csta/negotiate?negotiateVersion=1";
      String head = "POST " + url + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n";
      write(client, head + "{}");
      assertThat(read(client, head.length() + 2))
          .as("what the origin got, echoed")
          .isEqualTo(head + "{}");
      assertThat(proxy.forwarded()).containsExactly("POST " + url);
    }
  }

  @Test
  void aSocksConnectOnTheSamePortOpensATunnel() throws IOException {
    try (TestProxy proxy = TestProxy.start();
        Socket client = new Socket(proxy.socksProxy())) {
      assertThat(proxy.socksProxy().type()).isEqualTo(Proxy.Type.SOCKS);
      assertThat(proxy.httpProxy().type()).isEqualTo(Proxy.Type.HTTP);
      assertThat(((InetSocketAddress) proxy.socksProxy().address()).getPort())
          .isEqualTo(proxy.port());
      client.setSoTimeout(10_000);
      client.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), origin.port()), 10_000);
      write(client, "socks");
      assertThat(read(client, 5)).isEqualTo("socks");
      assertThat(proxy.forwarded()).containsExactly("SOCKS5 127.0.0.1:" + origin.port());
    }
  }

  @Test
  void somethingThatIsNotARequestIsClosedAndNotRecorded() throws IOException {
    try (TestProxy proxy = TestProxy.start();
        Socket client = connect(proxy.port())) {
      write(client, "hello\r\n\r\n");
      assertThat(client.getInputStream().read()).as("closed").isEqualTo(-1);
      assertThat(proxy.forwarded()).isEmpty();
    }
  }

  @Test
  void closingEndsItsTunnelsAndItsPort() throws IOException {
    TestProxy proxy = TestProxy.start();
    int port = proxy.port();
    try (Socket client = connect(port)) {
      String target = "127.0.0.1:" + origin.port();
      write(client, "CONNECT " + target + " HTTP/1.1\r\n\r\n");
      read(client, "HTTP/1.1 200 Connection established\r\n\r\n".length());
      proxy.close();
      assertThat(endOfStream(client.getInputStream())).as("the tunnel ends").isTrue();
    }
    assertThat(proxy.port()).as("still known").isEqualTo(port);
    assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(port).close());
  }

  /** True at the end of the stream, or at a reset: either way the tunnel is gone. */
  private static boolean endOfStream(InputStream in) {
    try {
      return in.read() < 0;
    } catch (IOException reset) {
      return true;
    }
  }

  /** A server on loopback that sends back every byte it receives, until the peer closes. */
  private static final class EchoServer implements AutoCloseable {
    private final ServerSocket server;

    EchoServer() {
      try {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Thread acceptor = new Thread(this::accept, "echo-accept");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          Thread t = new Thread(() -> echo(s), "echo");
          t.setDaemon(true);
          t.start();
        } catch (IOException closed) {
          return;
        }
      }
    }

    private static void echo(Socket s) {
      try (s;
          InputStream in = s.getInputStream();
          OutputStream out = s.getOutputStream()) {
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException ignored) {
        // the peer has gone
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
