package org.csta4j.transport.testing;

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
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.csta4j.model.internal.Threads;
import org.jspecify.annotations.Nullable;

/**
 * A SignalR "gateway" for tests on a raw {@link ServerSocket} (127.0.0.1, port 0, optionally TLS)
 * that misbehaves as told: it speaks just enough HTTP/1.1, WebSocket (RFC 6455) and SignalR JSON to
 * reach the step a test needs, then stalls, floods or answers wrongly. What it went through is
 * recorded as steps ({@code "negotiate"}, {@code "upgrade"}, {@code "handshake"}) for tests to wait
 * on. Every thread and socket ends with {@link #close()}.
 */
public final class HostileServer implements AutoCloseable {
  /** The record separator that ends every SignalR JSON message. */
  public static final byte RS = 0x1e;

  /** What the server does at each step; the defaults behave like a gateway that answers nothing. */
  public interface Behaviour {
    /**
     * A negotiate POST arrived; by default it is answered with {@link Exchange#answerNegotiate()}.
     *
     * @param x the exchange
     * @throws IOException if the client has gone
     */
    default void negotiate(Exchange x) throws IOException {
      x.answerNegotiate();
    }

    /**
     * A WebSocket upgrade arrived and was accepted with 101; by default the handshake is accepted
     * and invocations go unanswered.
     *
     * @param ws the server's end of the WebSocket
     * @throws IOException if the client has gone
     */
    default void webSocket(Peer ws) throws IOException {
      ws.answerHandshake();
      ws.serve(invocation -> null);
    }
  }

  /** One HTTP request on a connection. */
  public static final class Exchange {
    /** The request line, e.g. {@code POST /csta/negotiate?negotiateVersion=1 HTTP/1.1}. */
    public final String requestLine;

    /** The request headers, names in lower case. */
    public final Map<String, String> headers;

    private final OutputStream out;
    private final InputStream in;

    Exchange(String requestLine, Map<String, String> headers, InputStream in, OutputStream out) {
      this.requestLine = requestLine;
      this.headers = headers;
      this.in = in;
      this.out = out;
    }

    /**
     * A standard version-1 negotiate response offering WebSockets, connection token {@code t-1}.
     *
     * @throws IOException if the client has gone
     */
    public void answerNegotiate() throws IOException {
      answer(
          200,
          "{\"connectionId\":\"c-1\",\"connectionToken\":\"t-1\",\"negotiateVersion\":1,"
              + "\"availableTransports\":[{\"transport\":\"WebSockets\","
              + "\"transferFormats\":[\"Text\",\"Binary\"]}]}");
    }

    /**
     * A response with this status and JSON body.
     *
     * @param status the HTTP status code
     * @param json the body
     * @throws IOException if the client has gone
     */
    public void answer(int status, String json) throws IOException {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      out.write(
          ("HTTP/1.1 "
                  + status
                  + (status == 200 ? " OK" : " Error")
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    }

    /**
     * A 200 response announcing {@code length} body bytes, of which it sends {@code sent}.
     *
     * @param length the announced Content-Length
     * @param sent how many body bytes to send
     * @return how many were sent
     * @throws IOException if the client has gone
     */
    public long answerWithBody(long length, long sent) throws IOException {
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      return fill(out, sent, (byte) ' ');
    }

    /** Never answers: waits until the client gives up and closes. */
    public void hold() {
      drain(in);
    }
  }

  /** The server's end of an accepted WebSocket. */
  public final class Peer {
    /** The headers of the upgrade request, names in lower case. */
    public final Map<String, String> upgradeHeaders;

    private final InputStream in;
    private final OutputStream out;

    Peer(Map<String, String> upgradeHeaders, InputStream in, OutputStream out) {
      this.upgradeHeaders = upgradeHeaders;
      this.in = in;
      this.out = out;
    }

    /**
     * Reads the client's SignalR handshake request and records the step; no answer.
     *
     * @return the handshake request as sent
     * @throws IOException if the client has gone before sending it
     */
    public String readHandshake() throws IOException {
      String request = readMessage();
      if (request == null) {
        throw new EOFException("no handshake");
      }
      steps.add("handshake");
      return request;
    }

    /**
     * Reads the handshake request and accepts it with <code>{}</code>.
     *
     * @throws IOException if the client has gone
     */
    public void answerHandshake() throws IOException {
      readHandshake();
      sendText("{}\u001e");
    }

    /**
     * Waits for the client's first Ping, which it sends once connected: what a test sends after it
     * reaches a connected client, not one still finishing its handshake.
     *
     * @throws IOException if the client closes before it pings
     */
    public void awaitPing() throws IOException {
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
     *
     * @param answer makes the reply to an invocation
     * @throws IOException if the connection fails
     */
    public void serve(Function<Invocation, @Nullable String> answer) throws IOException {
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
    public void hold() {
      drain(in);
    }

    /**
     * Sends one text frame.
     *
     * @param text its payload
     * @throws IOException if the client has gone
     */
    public void sendText(String text) throws IOException {
      sendFrame(0x1, true, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends one frame, unmasked.
     *
     * @param opcode its opcode (1 text, 2 binary, 0 continuation, 9 ping ...)
     * @param fin whether it ends its message
     * @param payload its payload
     * @throws IOException if the client has gone
     */
    public void sendFrame(int opcode, boolean fin, byte[] payload) throws IOException {
      sendHeader(opcode, fin, false, payload.length);
      out.write(payload);
      out.flush();
    }

    /**
     * Sends a frame header announcing {@code length} payload bytes; the payload is the caller's.
     *
     * @param opcode the opcode
     * @param fin whether the frame ends its message
     * @param rsv1 whether RSV1 (compression) is set
     * @param length the announced payload length
     * @throws IOException if the client has gone
     */
    public void sendHeader(int opcode, boolean fin, boolean rsv1, long length) throws IOException {
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

    /**
     * Sends {@code count} payload bytes of {@code fill}.
     *
     * @param count how many bytes
     * @param fill the byte to send
     * @return how many went out, or -1 if the client went away first
     */
    public long sendPayload(long count, byte fill) {
      try {
        return fill(out, count, fill);
      } catch (IOException e) {
        return -1;
      }
    }

    /**
     * Writes raw bytes to the socket.
     *
     * @param bytes what to write
     * @throws IOException if the client has gone
     */
    public void write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    /**
     * {@return the payload of the client's next message (fragments joined), or null at its close or
     * EOF}
     *
     * @throws IOException if the connection fails mid-frame
     */
    public @Nullable String readMessage() throws IOException {
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

  /**
   * A client invocation.
   *
   * @param invocationId its id, or null for a send
   * @param target its hub method
   * @param record its record as sent
   */
  public record Invocation(@Nullable String invocationId, String target, String record) {
    /**
     * {@return the invocation in this record}
     *
     * @param record the record as the client sent it, without its terminator
     */
    public static Invocation of(String record) {
      Matcher id = INVOCATION_ID.matcher(record);
      Matcher target = TARGET.matcher(record);
      return new Invocation(
          id.find() ? id.group(1) : null, target.find() ? target.group(1) : "", record);
    }

    /**
     * {@return a Completion record of this invocation with this result, terminator included}
     *
     * @param resultJson the result, as JSON
     */
    public String completeWith(String resultJson) {
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

  /** The steps the clients went through, in order: negotiate, upgrade, handshake. */
  public final BlockingQueue<String> steps = new LinkedBlockingQueue<>();

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
    this.threads = Executors.newCachedThreadPool(Threads.numbered("hostile-server-"));
    threads.execute(() -> TestServers.acceptUntilClosed(server, sockets, threads, this::handle));
  }

  /**
   * {@return a started server on 127.0.0.1, an ephemeral port, plain HTTP}
   *
   * @param behaviour what it does at each step
   * @throws IOException if it cannot listen
   */
  public static HostileServer start(Behaviour behaviour) throws IOException {
    return new HostileServer(null, behaviour);
  }

  /**
   * {@return a started server on 127.0.0.1, an ephemeral port, over TLS}
   *
   * @param tls the server's TLS context
   * @param behaviour what it does at each step
   * @throws IOException if it cannot listen
   */
  public static HostileServer startTls(SSLContext tls, Behaviour behaviour) throws IOException {
    return new HostileServer(tls, behaviour);
  }

  /** {@return the hub URL clients connect to, {@code http(s)://127.0.0.1:<port>/csta}} */
  public URI hubUrl() {
    return URI.create(scheme + "://127.0.0.1:" + server.getLocalPort() + "/csta");
  }

  /**
   * Waits for this step, skipping others; fails the test if it does not come within 10 s.
   *
   * @param step {@code "negotiate"}, {@code "upgrade"} or {@code "handshake"}
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitStep(String step) throws InterruptedException {
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

  /** Stops listening and closes every connection; its threads end. */
  @Override
  public void close() {
    TestServers.closeQuietly(server);
    for (Socket s : sockets) {
      TestServers.closeQuietly(s);
    }
    threads.shutdownNow();
  }
}
