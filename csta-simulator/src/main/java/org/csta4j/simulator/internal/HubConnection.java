package org.csta4j.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.csta4j.json.internal.SequenceLedger;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;
import org.jspecify.annotations.Nullable;

/**
 * One SignalR connection: the handshake, the record stream in both directions, keepalive pings, the
 * client timeout, stateful reconnect, and the faults a test can inject into it. Outgoing records
 * are queued per socket and written one frame at a time, several records to a frame when they pile
 * up, so a connection's messages leave in the order they were sent.
 *
 * <p>Stateful reconnect (negotiated, then handshake version 2): every trackable record sent gets
 * the next sequence id and is kept until the client acknowledges it; when the socket drops the
 * connection is kept, detached, for the reconnect window; a new socket with the same token resumes
 * it with a Sequence message and the replay of what the client has not acknowledged.
 */
final class HubConnection {
  private enum State {
    NEW,
    HANDSHAKE,
    OPEN,
    /** Stateful reconnect: the socket dropped, the connection waits for a new one. */
    DETACHED,
    CLOSED
  }

  /** What a new socket for this connection gets. */
  enum Claim {
    CLAIMED,
    /** Another socket has it (409). */
    BUSY,
    /** The connection has ended (404). */
    GONE
  }

  /** Unacknowledged text a stateful connection may hold; past it the connection is given up. */
  static final long MAX_UNACKED_CHARS = 32L << 20;

  /** How long a close waits at most for the records queued before it to leave. */
  static final Duration CLOSE_FLUSH_BOUND = Duration.ofSeconds(10);

  private final SignalRServer server;
  private final String id;
  private volatile String token;
  private @Nullable HubConnectionHandler handler;

  /** Guards the state changes, the current socket and writer, and the book's outbound half. */
  private final Object lock = new Object();

  private volatile State state = State.NEW;
  private volatile boolean socketClaimed;
  private volatile @Nullable HubSocket socket;
  private @Nullable Writer writer;
  private boolean ended;
  private @Nullable ScheduledFuture<?> ticker;
  private @Nullable ScheduledFuture<?> windowExpiry;

  private volatile boolean statefulOffered;
  private volatile boolean stateful;
  private final SequenceLedger<String> book =
      new SequenceLedger<>(String::length, MAX_UNACKED_CHARS);

  /** Guards the partial record and the book's inbound half; taken before {@link #lock}. */
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  private boolean ackDue; // guarded by pending
  private volatile long lastReceivedNanos = System.nanoTime();
  private volatile long lastSentNanos = System.nanoTime();

  /** Fault: until then, a new socket for this connection is held back (see {@link #cut}). */
  private volatile long holdUntilNanos = System.nanoTime();

  /** Fault: the server neither sends (not even pings) nor reads; the socket stays up. */
  private volatile boolean halfOpen;

  /** When the last resumed socket was taken ({@link System#nanoTime()}); empty before any. */
  private volatile OptionalLong resumedAt = OptionalLong.empty();

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

  /** Negotiate offered stateful reconnect; a version 2 handshake then turns it on. */
  void offerStatefulReconnect() {
    statefulOffered = true;
  }

  /** Whether this connection uses stateful reconnect (offered, and handshake version 2). */
  boolean isStateful() {
    return stateful;
  }

  /**
   * Claims the connection for a new socket. A stateful connection whose socket is still attached is
   * taken over: its client opens a new socket only once it lost the old one, which the server may
   * not have noticed yet.
   */
  Claim claimSocket() {
    synchronized (lock) {
      if (state == State.CLOSED) {
        return Claim.GONE;
      }
      if (!socketClaimed) {
        socketClaimed = true;
        return Claim.CLAIMED;
      }
      if (!stateful || state != State.OPEN) {
        return Claim.BUSY;
      }
    }
    detach("replaced by a new socket", true);
    synchronized (lock) {
      if (state != State.DETACHED || socketClaimed) {
        return state == State.CLOSED ? Claim.GONE : Claim.BUSY;
      }
      socketClaimed = true;
      return Claim.CLAIMED;
    }
  }

  /** Whether no socket ever claimed this connection (a negotiate nobody followed up). */
  boolean neverOpened() {
    return state == State.NEW && !socketClaimed;
  }

  /** True from the WebSocket opening until it closes (a detached connection is not open). */
  public boolean isOpen() {
    State s = state;
    return s == State.HANDSHAKE || s == State.OPEN;
  }

  /** True once the handshake succeeded and until the connection closes. */
  public boolean isHandshaken() {
    return state == State.OPEN;
  }

  /** {@return when this connection last took a resumed socket} See {@link ResumeClock}. */
  OptionalLong resumedAt() {
    return resumedAt;
  }

  /** How long a new socket for this connection must still wait, in ms; 0 for none. */
  long holdMillis() {
    long left = holdUntilNanos - System.nanoTime();
    return left <= 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(left) + 1;
  }

  void opened(HubSocket from, Session session) {
    if (state == State.DETACHED) {
      resume(from, session);
      return;
    }
    Writer w = new Writer(session);
    boolean first;
    synchronized (lock) {
      first = state == State.NEW;
      if (first) {
        socket = from;
        writer = w;
        state = State.HANDSHAKE;
        lastReceivedNanos = System.nanoTime();
        long tick =
            Math.max(
                20,
                Math.min(
                        server.settings().keepAliveInterval.toMillis(),
                        server.settings().clientTimeout.toMillis())
                    / 4);
        ticker =
            server.scheduler().scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
      }
    }
    if (!first) {
      session.close(1000, "the connection has ended", Callback.NOOP);
      return;
    }
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

  /** A new socket for a detached connection: Sequence, then the replay, then on as before. */
  private void resume(HubSocket from, Session session) {
    synchronized (pending) {
      pending.reset(); // a record the old socket left half-sent is replayed whole
      ackDue = false;
      book.resumed();
    }
    Writer w = new Writer(session);
    int replayed = -1;
    long sequenceFrom = 0;
    synchronized (lock) {
      if (state == State.DETACHED) {
        ScheduledFuture<?> expiry = windowExpiry;
        if (expiry != null) {
          expiry.cancel(false);
          windowExpiry = null;
        }
        resumedAt = OptionalLong.of(System.nanoTime());
        socket = from;
        writer = w;
        state = State.OPEN;
        halfOpen = false; // a new socket is a new path
        lastReceivedNanos = System.nanoTime();
        sequenceFrom = book.resumeFrom();
        w.enqueue(HubRecord.sequence(sequenceFrom));
        List<String> replay = book.replay();
        for (String r : replay) {
          w.enqueue(r);
        }
        replayed = replay.size();
      }
    }
    if (replayed < 0) {
      session.close(1000, "the connection has ended", Callback.NOOP);
      return;
    }
    server
        .log()
        .protocol(
            "connection "
                + id
                + " resumed: sequence "
                + sequenceFrom
                + ", "
                + replayed
                + " replayed");
    w.flush();
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
      sendControl(HubRecord.PING);
    }
  }

  /** Bytes of one WebSocket message, text or binary: split into records at 0x1E. */
  void received(HubSocket from, byte[] bytes) {
    if (halfOpen || state == State.CLOSED) {
      return;
    }
    synchronized (pending) {
      if (from != socket) {
        return; // a socket this connection no longer uses
      }
      lastReceivedNanos = System.nanoTime();
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
        return;
      }
      if (ackDue) {
        ackDue = false;
        sendControl(HubRecord.ack(book.processed()));
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
    if (stateful && !sequenced(r)) {
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
        // 3: completion of a client result, we never ask for one; 8, 9: ack and sequence on a
        // connection without stateful reconnect; 5: cancel invocation, nothing streams
      }
      case 4 -> {
        if (r.invocationId != null) {
          sendTracked(HubRecord.completionError(r.invocationId, "Streaming is not supported."));
        }
      }
      default -> server.log().protocol("unknown message type " + r.type + " on " + id);
    }
  }

  /** Stateful reconnect on a received record: whether it goes on to be processed. */
  private boolean sequenced(HubRecord r) {
    if (r.type == 8) {
      synchronized (lock) {
        book.acknowledged(r.sequenceId);
      }
      return false;
    }
    if (r.type == 9) {
      if (!book.sequence(r.sequenceId)) {
        server.log().protocol("sequence " + r.sequenceId + " skips messages on " + id);
        closeWithError("Sequence ID greater than amount of messages we've received.", false);
      }
      return false;
    }
    if (HubRecord.trackable(r.type)) {
      ackDue = true;
      return book.received(); // false for a duplicate the client replayed
    }
    return true;
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
    stateful = statefulOffered && r.version >= 2;
    state = State.OPEN;
    sendRaw("{}");
    server
        .log()
        .protocol(
            "handshake ok on "
                + id
                + " ("
                + r.protocol
                + " v"
                + r.version
                + (stateful ? ", stateful reconnect" : "")
                + ")");
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
    sendTracked(HubRecord.invocation(target, argument));
  }

  public void sendCompletion(String invocationId, byte @Nullable [] result) {
    sendTracked(HubRecord.completion(invocationId, result));
  }

  public void sendCompletionError(String invocationId, String error) {
    sendTracked(HubRecord.completionError(invocationId, error));
  }

  /**
   * Queues a trackable record (types 1 to 5). Dropped when the connection is not open; on a
   * stateful connection it is kept for replay, and only kept while detached or half-open.
   */
  private void sendTracked(String record) {
    Writer w = null;
    boolean flush = false;
    boolean overflow = false;
    synchronized (lock) {
      State s = state;
      if (stateful ? s != State.OPEN && s != State.DETACHED : s != State.OPEN) {
        return;
      }
      if (stateful) {
        overflow = !book.sent(record);
      }
      if (s == State.OPEN && !halfOpen && !overflow) {
        w = writer;
        flush = w != null && w.enqueue(record);
      }
    }
    if (overflow) {
      server.log().protocol("too many unacknowledged messages on " + id);
      if (isOpen()) {
        closeWithError("Too many unacknowledged messages.", false);
      } else {
        closed("too many unacknowledged messages while detached");
      }
    } else if (flush && w != null) {
      w.flush();
    }
  }

  /** Queues a record without a sequence id (ping, ack) on an open socket, unless half-open. */
  private void sendControl(String record) {
    if (state != State.OPEN || halfOpen) {
      return;
    }
    sendRaw(record);
  }

  /** Fault: queues text that is not a valid hub message, even when half-open. */
  public void sendMalformed(String text) {
    sendRaw(text);
  }

  /** Queues a record exactly as given on the current socket, if any; appends 0x1E. */
  void sendRaw(String record) {
    Writer w;
    boolean flush;
    synchronized (lock) {
      w = writer;
      if (w == null || state == State.CLOSED) {
        return;
      }
      flush = w.enqueue(record);
    }
    if (flush) {
      w.flush();
    }
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

  /**
   * Closes the socket once every record queued so far has left (the Close message among them),
   * however long a slow reader takes; one that reads nothing is closed after {@link
   * #CLOSE_FLUSH_BOUND} all the same.
   */
  private void closeSocketAfterFlush(int code, String reason) {
    state = State.CLOSED;
    AtomicBoolean once = new AtomicBoolean();
    Runnable close =
        () -> {
          if (once.compareAndSet(false, true)) {
            closeSocket(code, reason);
          }
        };
    Writer w;
    synchronized (lock) {
      w = writer;
    }
    ScheduledFuture<?> unused =
        server.scheduler().schedule(close, CLOSE_FLUSH_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    if (w == null) {
      close.run();
    } else {
      w.whenDrained(close);
    }
  }

  private @Nullable Session session() {
    synchronized (lock) {
      Writer w = writer;
      return w == null ? null : w.session;
    }
  }

  private void closeSocket(int code, String reason) {
    Session s = session();
    if (s != null && s.isOpen()) {
      s.close(code, reason, Callback.NOOP);
    }
    closed(reason);
  }

  /**
   * Ends the connection and drops the TCP connection without a close frame, as a network failure
   * would: a TCP reset (SO_LINGER 0) where the socket allows it, else an abrupt close. A stateful
   * connection ends too: a client that tries to resume it gets 404.
   */
  public void abort() {
    Session s = session();
    closed("aborted"); // first, so that the socket's end is not taken for a drop to resume from
    if (s != null) {
      reset(s);
    }
  }

  /**
   * Fault: cuts the socket as {@link #abort()} does, and holds back new sockets for this connection
   * for {@code hold}. A stateful connection is detached, not ended.
   *
   * @return whether the connection waits for a resume (false: it ended)
   */
  boolean cut(Duration hold) {
    holdUntilNanos = System.nanoTime() + hold.toNanos();
    if (detach("cut", true)) {
      return true;
    }
    abort();
    return false;
  }

  /** Detaches a stateful open connection from its socket; false if it is not one. */
  private boolean detach(String why, boolean resetSocket) {
    Writer w;
    synchronized (lock) {
      w = writer;
      if (!stateful || state != State.OPEN || ended || w == null) {
        return false;
      }
      state = State.DETACHED;
      writer = null;
      socket = null;
      socketClaimed = false;
      windowExpiry =
          server
              .scheduler()
              .schedule(
                  this::windowElapsed,
                  server.settings().statefulReconnectWindow.toMillis(),
                  TimeUnit.MILLISECONDS);
    }
    w.kill();
    if (resetSocket) {
      reset(w.session);
    }
    server.log().protocol("connection " + id + " detached (" + why + "), waiting for a resume");
    return true;
  }

  private void windowElapsed() {
    synchronized (lock) {
      if (state != State.DETACHED) {
        return;
      }
      state = State.CLOSED;
    }
    closed("the stateful reconnect window elapsed");
  }

  private static void reset(Session s) {
    try {
      if (s instanceof WebSocketSession session
          && session.getCoreSession() instanceof WebSocketCoreSession core
          && core.getConnection().getEndPoint() instanceof SocketChannelEndPoint endPoint) {
        SocketChannel channel = endPoint.getChannel();
        channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        channel.close(); // closing the channel itself sends the RST, never a FIN first
        endPoint.close();
        return;
      }
    } catch (IOException | RuntimeException e) {
      // fall back to an abrupt close
    }
    s.disconnect();
  }

  /** Fault: stop sending (pings included) and stop reading, leaving the socket up. */
  public void setHalfOpen(boolean on) {
    halfOpen = on;
  }

  /**
   * A socket of this connection ended: an abrupt end (no close frame, an I/O error) detaches a
   * stateful connection; anything else ends the connection.
   */
  void socketEnded(HubSocket from, String why, boolean abrupt) {
    boolean detach;
    synchronized (lock) {
      if (from != socket && state != State.NEW) {
        return; // a socket this connection no longer uses
      }
      detach = abrupt && stateful && state == State.OPEN;
    }
    if (!detach || !detach(why, false)) {
      closed(why);
    }
  }

  /** Ends the connection for good; its handler is told once. */
  void closed(String why) {
    boolean first;
    synchronized (lock) {
      first = !ended;
      ended = true;
      state = State.CLOSED;
      if (ticker != null) {
        ticker.cancel(false);
        ticker = null;
      }
      if (windowExpiry != null) {
        windowExpiry.cancel(false);
        windowExpiry = null;
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
    return "HubConnection{" + id + ", " + state + (stateful ? ", stateful" : "") + "}";
  }

  /** The outbound queue of one socket: records leave in order, several to a frame. */
  private final class Writer {
    final Session session;
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean dead;

    /** Run once the queue is empty and nothing is being sent; then forgotten. */
    private @Nullable Runnable drained;

    Writer(Session session) {
      this.session = session;
    }

    /** Queues a record; true if the caller must start {@link #flush()} (outside its locks). */
    boolean enqueue(String record) {
      synchronized (queue) {
        if (dead) {
          return false;
        }
        queue.addLast(record + HubRecord.SEPARATOR);
        if (sending) {
          return false;
        }
        sending = true;
        return true;
      }
    }

    /** Runs {@code then} once everything queued so far has been sent (at once if it has). */
    void whenDrained(Runnable then) {
      synchronized (queue) {
        if (sending && !dead) {
          drained = then;
          return;
        }
      }
      then.run();
    }

    void flush() {
      @Nullable String frame = null;
      @Nullable Runnable then = null;
      synchronized (queue) {
        if (queue.isEmpty() || dead) {
          sending = false;
          then = drained;
          drained = null;
        } else {
          StringBuilder sb = new StringBuilder();
          while (!queue.isEmpty() && sb.length() < 64 * 1024) {
            sb.append(queue.pollFirst());
          }
          frame = sb.toString();
        }
      }
      if (frame == null) {
        if (then != null) {
          then.run();
        }
        return;
      }
      lastSentNanos = System.nanoTime();
      session.sendText(frame, Callback.from(this::flush, failure -> kill()));
    }

    /** The socket is gone: nothing more is written to it (a stateful connection replays). */
    void kill() {
      @Nullable Runnable then;
      synchronized (queue) {
        dead = true;
        queue.clear();
        sending = false;
        then = drained;
        drained = null;
      }
      if (then != null) {
        then.run(); // nothing more will leave: a close waiting for the queue goes ahead
      }
    }
  }
}
