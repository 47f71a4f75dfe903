package org.csta4j.transport.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.internal.Threads;
import org.jspecify.annotations.Nullable;

/**
 * A tiny HTTP and SOCKS 5 proxy on loopback (127.0.0.1, port 0), for testing that a transport goes
 * through a proxy when told to, and only then. Through it as an HTTP proxy, {@code CONNECT
 * host:port} opens a tunnel (what a client does for https and wss, and may do for ws, as RFC 6455
 * asks) and an absolute-form request ({@code GET http://host:port/path}, what a client does for
 * plain http) is forwarded as it is, since an HTTP/1.1 server must accept that form; through it as
 * a SOCKS proxy, a SOCKS 5 CONNECT without authentication opens a tunnel. It tells the two apart by
 * the first byte, so one port serves both. Either way, bytes are then piped both ways until one
 * side closes. It records the first request line of every connection it forwarded, to assert on.
 *
 * <pre>{@code
 * try (TestProxy proxy = TestProxy.start()) {
 *   // ... connect with proxy.httpProxy() or proxy.socksProxy() as the transport's proxy
 *   assertThat(proxy.forwarded()).allMatch(line -> line.startsWith("CONNECT 127.0.0.1:"));
 * }
 * }</pre>
 *
 * <p>Thread-safe. It serves each connection on a daemon thread of its own; every thread and socket
 * ends with {@link #close()}.
 */
public final class TestProxy implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService threads;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final List<String> forwarded = new CopyOnWriteArrayList<>();

  private TestProxy() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads = Executors.newCachedThreadPool(Threads.numbered("test-proxy-"));
    threads.execute(() -> TestServers.acceptUntilClosed(server, sockets, threads, this::serve));
  }

  /**
   * Starts a proxy on an ephemeral port of the loopback address.
   *
   * @return the proxy, listening
   * @throws IOException if no port could be opened
   */
  public static TestProxy start() throws IOException {
    return new TestProxy();
  }

  /** {@return this proxy as an HTTP proxy, e.g. for a transport's proxy option} */
  public Proxy httpProxy() {
    return new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getInetAddress(), port()));
  }

  /** {@return this proxy as a SOCKS (version 5) proxy, on the same port as the HTTP one} */
  public Proxy socksProxy() {
    return new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(server.getInetAddress(), port()));
  }

  /**
   * {@return the port it listens on} Still known once the proxy is closed, when nothing listens on
   * it any more: a proxy that is not there, for tests of that case.
   */
  public int port() {
    return server.getLocalPort();
  }

  /**
   * {@return the first request line of each connection forwarded so far, in order: {@code CONNECT
   * 127.0.0.1:1234}, {@code POST http://127.0.0.1:1234/csta/negotiate?negotiateVersion=1} or, for
   * SOCKS, {@code SOCKS5 127.0.0.1:1234}} A connection appears once its upstream is open.
   */
  public List<String> forwarded() {
    return List.copyOf(forwarded);
  }

  private void serve(Socket client) {
    @Nullable Socket origin = null;
    try {
      InputStream in = client.getInputStream();
      int first = in.read();
      if (first == SOCKS5) {
        origin = socks5(client, in);
        Socket upstream = origin;
        threads.execute(() -> pipe(upstream, client));
        pipe(client, upstream);
        return;
      }
      if (first < 0) {
        throw new IOException("closed before a request");
      }
      byte[] head = readHead(in, first);
      String text = new String(head, StandardCharsets.ISO_8859_1);
      String[] requestLine = text.substring(0, text.indexOf("\r\n")).split(" ", -1);
      if (requestLine.length != 3) {
        throw new IOException("not a request line: " + text);
      }
      if (requestLine[0].equals("CONNECT")) {
        URI authority = URI.create("tunnel://" + requestLine[1]);
        origin = open(authority.getHost(), authority.getPort());
        client
            .getOutputStream()
            .write(
                "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        URI target = URI.create(requestLine[1]);
        origin = open(target.getHost(), target.getPort());
        origin.getOutputStream().write(head);
      }
      forwarded.add(requestLine[0] + " " + requestLine[1]);
      Socket upstream = origin;
      threads.execute(() -> pipe(upstream, client));
      pipe(client, upstream);
    } catch (IOException | RuntimeException e) {
      close(client);
      if (origin != null) {
        close(origin);
      }
    }
  }

  private Socket open(String host, int port) throws IOException {
    Socket origin = new Socket();
    sockets.add(origin);
    origin.connect(new InetSocketAddress(host, port), 10_000);
    return origin;
  }

  private static final int SOCKS5 = 5;

  /**
   * A SOCKS 5 CONNECT (RFC 1928) after its version byte: no authentication, an IPv4 address, a
   * domain name or an IPv6 address; recorded as {@code SOCKS5 host:port}.
   */
  private Socket socks5(Socket client, InputStream in) throws IOException {
    OutputStream out = client.getOutputStream();
    int methods = in.read();
    if (methods < 0) {
      throw new IOException("closed in the SOCKS greeting");
    }
    in.readNBytes(methods);
    out.write(new byte[] {SOCKS5, 0}); // no authentication
    byte[] request = in.readNBytes(4); // version, command, reserved, address type
    if (request.length < 4 || request[0] != SOCKS5 || request[1] != 1) {
      throw new IOException("not a SOCKS 5 CONNECT");
    }
    String host =
        switch (request[3]) {
          case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
          case 3 -> new String(in.readNBytes(in.read()), StandardCharsets.US_ASCII);
          case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
          default -> throw new IOException("unknown SOCKS address type " + request[3]);
        };
    byte[] port = in.readNBytes(2);
    int p = ((port[0] & 0xff) << 8) | (port[1] & 0xff);
    Socket origin = open(host, p);
    out.write(new byte[] {SOCKS5, 0, 0, 1, 0, 0, 0, 0, 0, 0}); // succeeded
    out.flush();
    forwarded.add("SOCKS5 " + host + ":" + p);
    return origin;
  }

  /** The request head, up to and including the blank line, and not one byte more. */
  private static byte[] readHead(InputStream in, int first) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    head.write(first);
    int matched = first == '\r' ? 1 : 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before the end of the request head");
      }
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > 16 * 1024) {
        throw new IOException("request head too long");
      }
    }
    return head.toByteArray();
  }

  /** Copies until either side is done, then closes both: a tunnel has no half-open state here. */
  private void pipe(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[16 * 1024];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException ignored) {
      // one side closed or reset: end the tunnel
    } finally {
      close(from);
      close(to);
    }
  }

  private void close(Socket s) {
    sockets.remove(s);
    TestServers.closeQuietly(s);
  }

  /** Stops listening and closes every connection it holds; waits up to 10 s for its threads. */
  @Override
  public void close() {
    TestServers.closeQuietly(server);
    for (Socket s : List.copyOf(sockets)) {
      close(s);
    }
    threads.shutdownNow();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
