package org.csta4j.transport.signalr;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A SignalR "gateway" for tests on a raw {@link ServerSocket} (127.0.0.1, port 0, optionally TLS)
 * that misbehaves as told: it speaks just enough HTTP/1.1, WebSocket (RFC 6455) and SignalR JSON to
 * reach the step a test needs, then stalls, floods or answers wrongly. What it went through is
 * recorded as steps ({@code "negotiate"}, {@code "upgrade"}, {@code "handshake"}) for tests to wait
 * on. Every thread and socket ends with {@link #close()}.
 */
final class HostileServer implements AutoCloseable {
  static final byte RS = 0x1e;

  /** What the server does at each step; the defaults behave like a gateway that answers nothing. */
  interface Behaviour {
    /** A negotiate POST arrived. */
    default void negotiate(Exchange x) throws IOException {
      x.answerNegotiate();
    }

    /** A WebSocket upgrade arrived and was accepted with 101. */
    default void webSocket(Peer ws) throws IOException {
      ws.answerHandshake();
      ws.serve(invocation -> null);
    }
  }

  /** One HTTP request on a connection. */
  static final class Exchange {
    final String requestLine;
    final Map<String, String> headers;
    private final OutputStream out;
    private final InputStream in;

    Exchange(String requestLine, Map<String, String> headers, InputStream in, OutputStream out) {
      this.requestLine = requestLine;
      this.headers = headers;
      this.in = in;
      this.out = out;
    }

    /** A standard version-1 negotiate response offering WebSockets. */
    void answerNegotiate() throws IOException {
      byte[] body =
          ("{\"connectionId\":\"c-1\",\"connectionToken\":\"t-1\",\"negotiateVersion\":1,"
                  + "\"availableTransports\":[{\"transport\":\"WebSockets\","
                  + "\"transferFormats\":[\"Text\",\"Binary\"]}]}")
              .getBytes(StandardCharsets.UTF_8);
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    }

    /** A 200 response announcing {@code length} body bytes, of which it sends {@code sent}. */
    long answerWithBody(long length, long sent) throws IOException {
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      return fill(out, sent, (byte) ' ');
    }

    /** Never answers: waits until the client gives up and closes. */
    void hold() {
      drain(in);
    }
  }

  /** The server's end of an accepted WebSocket. */
  final class Peer {
    final Map<String, String> upgradeHeaders;
    private final InputStream in;
    private final OutputStream out;

    Peer(Map<String, String> upgradeHeaders, InputStream in, OutputStream out) {
      this.upgradeHeaders = upgradeHeaders;
      this.in = in;
      this.out = out;
    }

    /** Reads the client's SignalR handshake request and records the step; no answer. */
    String readHandshake() throws IOException {
      String request = readMessage();
      if (request == null) {
        throw new EOFException("no handshake");
      }
      steps.add("handshake");
      return request;
    }

    /** Reads the handshake request and accepts it with {@code {}}. */
    void answerHandshake() throws IOException {
      readHandshake();
      sendText("{}\u001e");
    }

    /**
     * Waits for the client's first Ping, which it sends once connected: what a test sends after it
     * reaches a connected client, not one still finishing its handshake.
     */
    void awaitPing() throws IOException {
      String message;
      while ((message = readMessage()) != null) {
        Matcher type = TYPE.matcher(message);
        if (type.find() && type.group(1).equals("6")) {
          return;
        }
      }
      throw new EOFException("the client closed before its first ping");
    }

    /**
     * Answers each invocation with what {@code answer} makes of it (a complete record with its
     * terminator, or null for no answer), until the client closes.
     */
    void serve(Function<Invocation, @Nullable String> answer) throws IOException {
      String message;
      while ((message = readMessage()) != null) {
        for (String record : message.split("\u001e", -1)) {
          Matcher type = TYPE.matcher(record);
          if (!type.find()) {
            continue;
          }
          if (type.group(1).equals("7")) {
            return; // the client's Close
          }
          if (type.group(1).equals("1")) {
            Invocation inv = Invocation.of(record);
            String reply = answer.apply(inv);
            if (reply != null) {
              sendText(reply);
            }
          }
        }
      }
    }

    /** Never sends anything more: reads until the client closes. */
    void hold() {
      drain(in);
    }

    void sendText(String text) throws IOException {
      sendFrame(0x1, true, text.getBytes(StandardCharsets.UTF_8));
    }

    void sendFrame(int opcode, boolean fin, byte[] payload) throws IOException {
      sendHeader(opcode, fin, false, payload.length);
      out.write(payload);
      out.flush();
    }

    /** A frame header announcing {@code length} payload bytes; the payload is the caller's. */
    void sendHeader(int opcode, boolean fin, boolean rsv1, long length) throws IOException {
      ByteArrayOutputStream h = new ByteArrayOutputStream();
      h.write((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode);
      if (length < 126) {
        h.write((int) length);
      } else if (length <= 0xffff) {
        h.write(126);
        h.write((int) (length >>> 8));
        h.write((int) length);
      } else {
        h.write(127);
        for (int shift = 56; shift >= 0; shift -= 8) {
          h.write((int) (length >>> shift));
        }
      }
      out.write(h.toByteArray());
      out.flush();
    }

    /** Sends {@code count} payload bytes of {@code fill}; how many went out before a failure. */
    long sendPayload(long count, byte fill) {
      try {
        return fill(out, count, fill);
      } catch (IOException e) {
        return -1;
      }
    }

    void write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    /** The payload of the client's next message (fragments joined), or null at its close or EOF. */
    @Nullable String readMessage() throws IOException {
      ByteArrayOutputStream message = new ByteArrayOutputStream();
      while (true) {
        int b0 = in.read();
        int b1 = in.read();
        if (b0 < 0 || b1 < 0) {
          return null;
        }
        long length = b1 & 0x7f;
        if (length == 126) {
          length = ((long) readByte() << 8) | readByte();
        } else if (length == 127) {
          length = 0;
          for (int i = 0; i < 8; i++) {
            length = (length << 8) | readByte();
          }
        }
        byte[] mask = new byte[4];
        if ((b1 & 0x80) != 0) {
          readFully(mask);
        }
        byte[] payload = new byte[(int) length];
        readFully(payload);
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i % 4];
        }
        int opcode = b0 & 0x0f;
        if (opcode == 0x8) {
          return null;
        }
        if (opcode >= 0x8) {
          continue; // ping or pong
        }
        message.write(payload);
        if ((b0 & 0x80) != 0) {
          return message.toString(StandardCharsets.UTF_8);
        }
      }
    }

    private int readByte() throws IOException {
      int b = in.read();
      if (b < 0) {
        throw new EOFException();
      }
      return b;
    }

    private void readFully(byte[] b) throws IOException {
      int n = 0;
      while (n < b.length) {
        int r = in.read(b, n, b.length - n);
        if (r < 0) {
          throw new EOFException();
        }
        n += r;
      }
    }
  }

  /** A client invocation: its id (null for a send), its target and its record as sent. */
  record Invocation(@Nullable String invocationId, String target, String record) {
    static Invocation of(String record) {
      Matcher id = INVOCATION_ID.matcher(record);
      Matcher target = TARGET.matcher(record);
      return new Invocation(
          id.find() ? id.group(1) : null, target.find() ? target.group(1) : "", record);
    }

    /** A Completion of this invocation with this result JSON. */
    String completeWith(String resultJson) {
      return "{\"type\":3,\"invocationId\":\""
          + invocationId
          + "\",\"result\":"
          + resultJson
          + "}\u001e";
    }
  }

  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*(\\d+)");
  private static final Pattern INVOCATION_ID =
      Pattern.compile("\"invocationId\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern TARGET = Pattern.compile("\"target\"\\s*:\\s*\"([^\"]*)\"");
  private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  final BlockingQueue<String> steps = new LinkedBlockingQueue<>();
  private final ServerSocket server;
  private final Behaviour behaviour;
  private final String scheme;
  private final ExecutorService threads;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

  private HostileServer(@Nullable SSLContext tls, Behaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    this.server =
        tls == null
            ? new ServerSocket(0, 50, loopback)
            : tls.getServerSocketFactory().createServerSocket(0, 50, loopback);
    this.scheme = tls == null ? "http" : "https";
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "hostile-server-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    threads.execute(this::accept);
  }

  static HostileServer start(Behaviour behaviour) throws IOException {
    return new HostileServer(null, behaviour);
  }

  static HostileServer startTls(SSLContext tls, Behaviour behaviour) throws IOException {
    return new HostileServer(tls, behaviour);
  }

  URI hubUrl() {
    return URI.create(scheme + "://127.0.0.1:" + server.getLocalPort() + "/csta");
  }

  /** Waits for this step, skipping others; fails the test if it does not come within 10 s. */
  void awaitStep(String step) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      String s = steps.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (s == null) {
        throw new AssertionError("the client never reached '" + step + "'");
      }
      if (s.equals(step)) {
        return;
      }
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      sockets.add(s);
      try {
        threads.execute(() -> handle(s));
      } catch (RejectedExecutionException e) {
        closeQuietly(s);
      }
    }
  }

  private void handle(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        String requestLine = readLine(in);
        if (requestLine == null) {
          return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            headers.put(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                line.substring(colon + 1).trim());
          }
        }
        long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
        in.skipNBytes(length);
        if ("websocket".equalsIgnoreCase(headers.get("upgrade"))) {
          steps.add("upgrade");
          out.write(
              ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      + "Sec-WebSocket-Accept: "
                      + accept(headers.get("sec-websocket-key"))
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
          behaviour.webSocket(new Peer(headers, in, out));
          return;
        }
        if (requestLine.contains("/negotiate")) {
          steps.add("negotiate");
          behaviour.negotiate(new Exchange(requestLine, headers, in, out));
        } else {
          out.write(
              "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, or the test closed the server
    } finally {
      sockets.remove(s);
    }
  }

  private static @Nullable String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r'
            ? line.substring(0, end - 1)
            : line.toString();
      }
      line.append((char) c);
    }
    return line.length() == 0 ? null : line.toString();
  }

  private static String accept(@Nullable String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] digest = sha1.digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long fill(OutputStream out, long count, byte fill) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, fill);
    long sent = 0;
    while (sent < count) {
      int n = (int) Math.min(chunk.length, count - sent);
      out.write(chunk, 0, n);
      sent += n;
    }
    out.flush();
    return sent;
  }

  private static void drain(InputStream in) {
    try {
      byte[] buffer = new byte[8192];
      while (in.read(buffer) != -1) {
        // nothing: the client talks, nobody answers
      }
    } catch (IOException e) {
      // closed
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : sockets) {
      closeQuietly(s);
    }
    threads.shutdownNow();
  }
}
