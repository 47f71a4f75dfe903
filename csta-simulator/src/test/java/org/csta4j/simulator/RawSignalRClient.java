package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A bare SignalR client on the JDK's HTTP and WebSocket clients, for protocol edge cases the
 * official clients never produce. Records arrive split at 0x1E.
 */
final class RawSignalRClient implements AutoCloseable {
  static final char RS = '\u001e';

  /** The demo user's login, invocation id 1, without its separator. */
  static final String DEMO_LOGIN =
      "{\"type\":1,\"invocationId\":\"1\",\"target\":\"StartApplicationSession\",\"arguments\":[{"
          + "\"applicationInfo\":{\"applicationSpecificInfo\":{\"vendorData:userID\":\"demo\","
          + "\"vendorData:password\":\"demo\",\"vendorData:pbxDomain\":\"demo.local\"}},"
          + "\"requestedSessionDuration\":60}]}";

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final WebSocket socket;
  final BlockingQueue<String> records = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();

  private RawSignalRClient(URI wsUrl) {
    this.socket =
        HTTP.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(wsUrl, new Listener())
            .orTimeout(10, TimeUnit.SECONDS)
            .join();
  }

  static HttpResponse<String> negotiate(URI hub, String query) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(hub + "/negotiate" + query))
            .POST(HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static URI wsUrl(URI hub, String token) {
    return URI.create(hub.toString().replaceFirst("^http", "ws") + "?id=" + token);
  }

  /** Negotiates (v1) and opens the socket, without the handshake. */
  static RawSignalRClient connect(URI hub) throws Exception {
    String body = negotiate(hub, "?negotiateVersion=1").body();
    String token = body.replaceAll(".*\"connectionToken\":\"([^\"]+)\".*", "$1");
    return new RawSignalRClient(wsUrl(hub, token));
  }

  static RawSignalRClient open(URI wsUrl) {
    return new RawSignalRClient(wsUrl);
  }

  RawSignalRClient handshake() throws Exception {
    return handshake(1);
  }

  /** The handshake with this version of the json protocol (2 for stateful reconnect). */
  RawSignalRClient handshake(int version) throws Exception {
    text("{\"protocol\":\"json\",\"version\":" + version + "}" + RS);
    assertThat(next()).isEqualTo("{}");
    return this;
  }

  /** A field of a negotiate response, such as its connectionToken. */
  static String field(String negotiateBody, String name) {
    return negotiateBody.replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
  }

  void text(String frame) {
    socket.sendText(frame, true).orTimeout(10, TimeUnit.SECONDS).join();
  }

  void binary(String frame) {
    socket
        .sendBinary(ByteBuffer.wrap(frame.getBytes(StandardCharsets.UTF_8)), true)
        .orTimeout(10, TimeUnit.SECONDS)
        .join();
  }

  /** The next record that is not a ping, waiting at most 10 s. */
  String next() throws InterruptedException {
    while (true) {
      String r = records.poll(10, TimeUnit.SECONDS);
      assertThat(r).as("a record within 10 s").isNotNull();
      if (!r.equals("{\"type\":6}")) {
        return r;
      }
    }
  }

  private volatile boolean paused;
  private volatile boolean owed;

  /** Stops reading: what the server sends waits in the socket's buffers, then in its own queue. */
  void pause() {
    paused = true;
  }

  /** Reads again. */
  void resume() {
    paused = false;
    if (owed) {
      owed = false;
      socket.request(1);
    }
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    @Override
    public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      synchronized (partial) {
        partial.append(data);
        int i;
        while ((i = partial.indexOf(String.valueOf(RS))) >= 0) {
          records.add(partial.substring(0, i));
          partial.delete(0, i + 1);
        }
      }
      if (paused) {
        owed = true;
      } else {
        ws.request(1);
      }
      return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.complete(-1);
    }
  }
}
