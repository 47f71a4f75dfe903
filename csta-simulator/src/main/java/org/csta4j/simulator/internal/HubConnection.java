package org.csta4j.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;
import org.jspecify.annotations.Nullable;

/**
 * One SignalR connection: the handshake, the record stream in both directions, keepalive pings, the
 * client timeout, and the faults a test can inject into it. Outgoing records are queued and written
 * one frame at a time, several records to a frame when they pile up, so a connection's messages
 * leave in the order they were sent.
 */
final class HubConnection {
  private enum State {
    NEW,
    HANDSHAKE,
    OPEN,
    CLOSED
  }

  private final SignalRServer server;
  private final String id;
  private volatile String token;
  private @Nullable HubConnectionHandler handler;
  private final AtomicBoolean socketClaimed = new AtomicBoolean();
  private volatile @Nullable Session session;
  private volatile State state = State.NEW;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final Deque<String> outbound = new ArrayDeque<>();
  private boolean sending;
  private volatile long lastReceivedNanos = System.nanoTime();
  private volatile long lastSentNanos = System.nanoTime();
  private @Nullable ScheduledFuture<?> ticker;

  /** Fault: the server neither sends (not even pings) nor reads; the socket stays up. */
  private volatile boolean halfOpen;

  HubConnection(SignalRServer server, String id, String token) {
    this.server = server;
    this.id = id;
    this.token = token;
  }

  void attach(HubConnectionHandler handler) {
    this.handler = handler;
  }

  /** The SignalR connection id. */
  public String id() {
    return id;
  }

  String token() {
    return token;
  }

  void useIdAsToken() {
    this.token = id;
  }

  boolean claimSocket() {
    return socketClaimed.compareAndSet(false, true);
  }

  boolean hasSocket() {
    return socketClaimed.get();
  }

  /** True from the WebSocket opening until it closes. */
  public boolean isOpen() {
    State s = state;
    return s == State.HANDSHAKE || s == State.OPEN;
  }

  /** True once the handshake succeeded and until the connection closes. */
  public boolean isHandshaken() {
    return state == State.OPEN;
  }

  void opened(Session session) {
    this.session = session;
    this.state = State.HANDSHAKE;
    lastReceivedNanos = System.nanoTime();
    long tick =
        Math.max(
            20,
            Math.min(
                    server.settings().keepAliveInterval.toMillis(),
                    server.settings().clientTimeout.toMillis())
                / 4);
    ticker = server.scheduler().scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> unused =
        server
            .scheduler()
            .schedule(
                () -> {
                  if (state == State.HANDSHAKE) {
                    server.log().protocol("handshake timeout on " + id);
                    abort();
                  }
                },
                server.settings().handshakeTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
  }

  private void tick() {
    if (state != State.OPEN || halfOpen) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastReceivedNanos > server.settings().clientTimeout.toNanos()) {
      server.log().protocol("client timeout on " + id);
      closeWithError("Server timeout elapsed without receiving a message from the client.", false);
      return;
    }
    if (now - lastSentNanos >= server.settings().keepAliveInterval.toNanos()) {
      send(HubRecord.PING);
    }
  }

  /** Bytes of one WebSocket message, text or binary: split into records at 0x1E. */
  void received(byte[] bytes) {
    if (halfOpen || state == State.CLOSED) {
      return;
    }
    lastReceivedNanos = System.nanoTime();
    synchronized (pending) {
      pending.write(bytes, 0, bytes.length);
      byte[] all = pending.toByteArray();
      int start = 0;
      for (int i = 0; i < all.length; i++) {
        if (all[i] == HubRecord.SEPARATOR) {
          record(all, start, i - start);
          start = i + 1;
          if (state == State.CLOSED) {
            return;
          }
        }
      }
      pending.reset();
      pending.write(all, start, all.length - start);
      if (pending.size() > server.settings().maxMessageBytes) {
        closeWithError("Message too large.", false);
      }
    }
  }

  private void record(byte[] bytes, int offset, int length) {
    HubRecord r;
    try {
      r = HubRecord.parse(bytes, offset, length);
    } catch (IOException e) {
      server.log().protocol("malformed record on " + id + ": " + e.getMessage());
      if (state == State.HANDSHAKE) {
        abort(); // the spec: a server closes on an invalid handshake
      } else {
        closeWithError(
            "Connection closed with an error. InvalidDataException: " + e.getMessage(), false);
      }
      return;
    }
    if (state == State.HANDSHAKE) {
      handshake(r);
      return;
    }
    switch (r.type) {
      case 1 -> invocation(r);
      case 6 -> {
        // ping: its arrival already reset the client timeout
      }
      case 7 -> {
        server.log().protocol("client closed " + id);
        closeSocket(1000, "closed by the client");
      }
      case 3, 8, 9, 5 -> {
        // 3: completion of a client result, we never ask for one; 8, 9: ack and sequence,
        // stateful reconnect is not offered; 5: cancel invocation, nothing streams
      }
      case 4 -> {
        if (r.invocationId != null) {
          send(HubRecord.completionError(r.invocationId, "Streaming is not supported."));
        }
      }
      default -> server.log().protocol("unknown message type " + r.type + " on " + id);
    }
  }

  private void handshake(HubRecord r) {
    if (r.protocol == null) {
      abort();
      return;
    }
    if (!r.protocol.equals("json") || r.version < 1 || r.version > 2) {
      String error =
          r.protocol.equals("json")
              ? "The server does not support version " + r.version + " of the 'json' protocol."
              : "The protocol '" + r.protocol + "' is not supported.";
      sendRaw("{\"error\":" + HubRecord.quote(error) + "}");
      server.log().protocol("handshake refused on " + id + ": " + error);
      closeSocket(1000, "handshake refused");
      return;
    }
    state = State.OPEN;
    sendRaw("{}");
    server.log().protocol("handshake ok on " + id + " (" + r.protocol + " v" + r.version + ")");
  }

  private void invocation(HubRecord r) {
    if (r.target == null) {
      closeWithError(
          "Connection closed with an error. InvalidDataException: missing target", false);
      return;
    }
    if (r.hasStreamIds) {
      if (r.invocationId != null) {
        sendCompletionError(r.invocationId, "Client streaming is not supported.");
      }
      return;
    }
    HubConnectionHandler h = handler;
    if (h != null) {
      h.onInvocation(this, r.target, r.arguments, r.invocationId);
    }
  }

  /** Sends a server-to-client invocation (an event). */
  public void sendInvocation(String target, byte[] argument) {
    send(HubRecord.invocation(target, argument));
  }

  public void sendCompletion(String invocationId, byte @Nullable [] result) {
    send(HubRecord.completion(invocationId, result));
  }

  public void sendCompletionError(String invocationId, String error) {
    send(HubRecord.completionError(invocationId, error));
  }

  /** Queues one record; dropped when the connection is not open or is half-open. */
  public void send(String json) {
    if (state != State.OPEN || halfOpen) {
      return;
    }
    sendRaw(json);
  }

  /** Fault: queues text that is not a valid hub message, even when half-open. */
  public void sendMalformed(String text) {
    sendRaw(text);
  }

  /** Queues raw text exactly as given (a malformed-frame fault uses it too); appends 0x1E. */
  void sendRaw(String json) {
    Session s = session;
    if (s == null || state == State.CLOSED) {
      return;
    }
    synchronized (outbound) {
      outbound.addLast(json + HubRecord.SEPARATOR);
      if (sending) {
        return;
      }
      sending = true;
    }
    flush(s);
  }

  private void flush(Session s) {
    String frame;
    synchronized (outbound) {
      if (outbound.isEmpty()) {
        sending = false;
        return;
      }
      StringBuilder sb = new StringBuilder();
      while (!outbound.isEmpty() && sb.length() < 64 * 1024) {
        sb.append(outbound.pollFirst());
      }
      frame = sb.toString();
    }
    lastSentNanos = System.nanoTime();
    s.sendText(
        frame,
        Callback.from(
            () -> flush(s),
            failure -> {
              synchronized (outbound) {
                outbound.clear();
                sending = false;
              }
            }));
  }

  /** Sends a Close message with this error, then closes the socket normally. */
  public void closeWithError(String error, boolean logAsFault) {
    if (logAsFault) {
      server.log().fault("close-with-error", "connection " + id + ": " + error);
    }
    sendRaw(HubRecord.close(error));
    closeSocketAfterFlush(1000, "closed with an error");
  }

  /** Sends a Close message without error, then closes the socket normally. */
  public void closeCleanly() {
    sendRaw(HubRecord.close(null));
    closeSocketAfterFlush(1000, "closed by the server");
  }

  private void closeSocketAfterFlush(int code, String reason) {
    state = State.CLOSED;
    // let queued records leave first; the close frame follows them
    ScheduledFuture<?> unused =
        server.scheduler().schedule(() -> closeSocket(code, reason), 50, TimeUnit.MILLISECONDS);
  }

  private void closeSocket(int code, String reason) {
    Session s = session;
    if (s != null && s.isOpen()) {
      s.close(code, reason, Callback.NOOP);
    }
    closed(reason);
  }

  /**
   * Drops the TCP connection without a close frame, as a network failure would: a TCP reset
   * (SO_LINGER 0) where the socket allows it, else an abrupt close.
   */
  public void abort() {
    Session s = session;
    if (s != null) {
      if (!reset(s)) {
        s.disconnect();
      }
    }
    closed("aborted");
  }

  private static boolean reset(Session s) {
    try {
      if (s instanceof WebSocketSession session
          && session.getCoreSession() instanceof WebSocketCoreSession core
          && core.getConnection().getEndPoint() instanceof SocketChannelEndPoint endPoint) {
        SocketChannel channel = endPoint.getChannel();
        channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        channel.close(); // closing the channel itself sends the RST, never a FIN first
        endPoint.close();
        return true;
      }
    } catch (IOException | RuntimeException e) {
      // fall back to an abrupt close
    }
    return false;
  }

  /** Fault: stop sending (pings included) and stop reading, leaving the socket up. */
  public void setHalfOpen(boolean on) {
    halfOpen = on;
  }

  void closed(String why) {
    boolean first;
    synchronized (this) {
      first = ticker != null || state != State.CLOSED;
      state = State.CLOSED;
      if (ticker != null) {
        ticker.cancel(false);
        ticker = null;
      }
    }
    server.forget(this);
    HubConnectionHandler h = handler;
    if (first && h != null) {
      server.log().protocol("connection " + id + " closed: " + why);
      handler = null;
      h.onClose(this);
    }
  }

  @Override
  public String toString() {
    return "HubConnection{" + id + ", " + state + "}";
  }
}
