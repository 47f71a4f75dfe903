package org.csta4j.transport.signalr.jetty;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.WritePendingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.CstaCodecException;
import org.csta4j.json.internal.JsonHubCodec;
import org.csta4j.json.internal.SequenceLedger;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.internal.Failures;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.ProtocolException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.support.CallbackFuture;
import org.csta4j.transport.support.ConnectProgress;
import org.csta4j.transport.support.PendingRequests;
import org.csta4j.transport.support.SerialExecutor;
import org.csta4j.transport.support.TransportLifecycle;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.client.CoreClientUpgradeRequest;
import org.eclipse.jetty.websocket.core.exception.MessageTooLargeException;
import org.eclipse.jetty.websocket.core.exception.UpgradeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CstaTransport} of our own: negotiate on Jetty's HTTP client, the WebSocket on Jetty's
 * core WebSocket client, the JSON hub protocol through {@link JsonHubCodec}. Frames arrive on
 * Jetty's I/O threads as bytes; the records in them are decoded there, straight into the model, and
 * handed to the listener through the callback lane ({@link SerialExecutor}), never run on the I/O
 * thread. Results complete their requests on the I/O thread, behind the events decoded before them
 * (their dependent stages run on the same lane). Timers (connect, handshake, pings, server timeout,
 * request timeouts, acks, resume attempts) run on the shared timer thread of {@link JettyClients}.
 *
 * <p>Stateful reconnect (ADR 0010): when negotiate accepted it, a {@link SequenceLedger} numbers
 * what goes each way; every frame of such a connection is sent under {@code outbound}, on the
 * {@code live} socket, so that a resume's Sequence and replay and the requests sent meanwhile leave
 * in order. A socket that drops (an I/O error, an abnormal close: not a Close message, not a normal
 * close, not ours) interrupts the connection, and new sockets to the same connection token are
 * tried until one is resumed by the gateway's Sequence or the connect timeout has passed.
 */
final class JettySignalRTransport implements CstaTransport, FrameHandler {
  private static final Logger LOG = LoggerFactory.getLogger(JettySignalRTransport.class);

  /** How long a graceful close waits for the gateway's close frame before the socket is cut. */
  static final Duration GRACEFUL_CLOSE = Duration.ofMillis(400);

  private final TransportConfig config;
  private final Duration ackDelay;
  private final ConnectProgress progress;
  private final JettySignalROptions options;
  private final JsonHubCodec hub;
  private final TransportListener listener;
  private final SerialExecutor callbacks;
  private final JettyClients.Lease lease;
  private final PendingRequests pending;
  private final TransportLifecycle lifecycle;
  private final CallbackFuture<Void> connected;
  private final AtomicLong invocationIds = new AtomicLong();
  private final AtomicBoolean released = new AtomicBoolean();
  private final Receiver receiver = new Receiver();
  // connect success and the connect timeout decide under this lock, so one cannot undo the other
  private final Object connectGate = new Object();

  private volatile @Nullable Request negotiation;
  private volatile @Nullable Future<CoreSession> upgrade;
  private volatile @Nullable CoreSession session;
  private volatile @Nullable ScheduledFuture<?> connectDeadline;
  private volatile @Nullable ScheduledFuture<?> ticker;
  private volatile boolean handshaken;
  private volatile long lastReceived = System.nanoTime();
  private volatile long lastSent = System.nanoTime();

  // stateful reconnect: set when negotiate accepted it, before the handshake; null otherwise
  private volatile @Nullable SequenceLedger<byte[]> book;
  // guards the book's outbound half, `live`, and every frame sent on a stateful connection
  private final Object outbound = new Object();
  // the socket a stateful connection sends on; null while interrupted
  private volatile @Nullable CoreSession live;
  // the first socket (this handler's); a resumed socket has its own handler
  private volatile @Nullable CoreSession first;
  // where a resume goes: the base URI, the connection token, the token a redirect gave
  private volatile @Nullable URI resumeBase;
  private volatile @Nullable String resumeId;
  private volatile @Nullable String redirectToken;
  private volatile long resumeDeadline;
  private volatile String resumeFailure = "";
  private final AtomicBoolean ackScheduled = new AtomicBoolean();
  private volatile long acked;
  private int receivedSinceAck; // on the reading thread

  // the message being read, on Jetty's thread (one frame at a time per connection)
  private byte[] buffer = new byte[0];
  private int buffered;

  JettySignalRTransport(
      TransportConfig config,
      JettySignalROptions options,
      CstaCodec codec,
      TransportListener listener) {
    this(config, options, codec, listener, Duration.ofMillis(ACK_DELAY_MILLIS));
  }

  /** A transport that acknowledges what it received at the latest {@code ackDelay} after it. */
  JettySignalRTransport(
      TransportConfig config,
      JettySignalROptions options,
      CstaCodec codec,
      TransportListener listener,
      Duration ackDelay) {
    this.ackDelay = ackDelay;
    this.config = config;
    this.progress =
        new ConnectProgress(
            config, options.skipNegotiate() ? "the WebSocket upgrade" : "the negotiate response");
    this.options = options;
    this.hub = new JsonHubCodec(codec, ProtocolException::new);
    this.listener = Objects.requireNonNull(listener, "listener");
    this.callbacks =
        new SerialExecutor(
            config.callbackExecutor(),
            e -> LOG.warn("a transport listener threw; delivery goes on", e));
    this.lease = JettyClients.acquire(options.sslContext(), options.proxy());
    this.pending = new PendingRequests(lease.timers, callbacks);
    this.lifecycle = new TransportLifecycle(listener, callbacks, pending);
    this.connected = new CallbackFuture<>(callbacks);
  }

  // ---------------------------------------------------------------- connect

  @Override
  public CompletionStage<Void> connect() {
    lifecycle.startConnecting();
    try {
      connectDeadline =
          lease.timers.schedule(
              this::connectTimedOut, config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
      Supplier<String> provider = config.accessTokenProvider().orElse(null);
      String token = provider == null ? null : provider.get();
      if (options.skipNegotiate()) {
        // straight to the WebSocket: no connection token, so no stateful reconnect either
        upgrade(config.gateway(), null, token);
      } else {
        negotiate(config.gateway(), token, 0, false);
      }
    } catch (RuntimeException e) {
      lose(new ConnectionLostException(progress.cannotConnect(Failures.describe(e)), e));
    }
    return connected;
  }

  private void connectTimedOut() {
    synchronized (connectGate) {
      if (lifecycle.state() == TransportState.CONNECTING) {
        lose(new ConnectionLostException(progress.timedOut()));
      }
    }
  }

  private void headers(HttpFields.Mutable h, @Nullable String token) {
    config.headers().forEach(h::put);
    if (token != null) {
      h.put(HttpHeader.AUTHORIZATION, "Bearer " + token);
    }
  }

  private void negotiate(URI base, @Nullable String token, int redirects, boolean redirected) {
    progress.waitingFor("the negotiate response");
    Request r =
        lease
            .http
            .newRequest(Negotiation.negotiateUri(base, options.statefulReconnect()))
            .method(HttpMethod.POST)
            .headers(h -> headers(h, token))
            .timeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    negotiation = r;
    if (lifecycle.state() != TransportState.CONNECTING) {
      CompletableFuture<Boolean> unused = r.abort(new TransportClosedException("closed"));
      return;
    }
    // the response body is refused beyond the message limit, before it is buffered whole
    CompletableFuture<?> unused =
        new CompletableResponseListener(r, config.maxMessageBytes())
            .send()
            .whenComplete(
                (response, error) -> {
                  if (error != null) {
                    lose(
                        new ConnectionLostException(
                            progress.cannotConnect(negotiateFailure(error), error), error));
                  } else {
                    negotiated(base, token, redirects, redirected, response);
                  }
                });
  }

  private String negotiateFailure(Throwable error) {
    Throwable root = Failures.unwrap(error);
    // Jetty's "HTTP protocol violation: bad response on <a dump of the connection>": its cause
    // says what was wrong with the response
    Throwable parse = root.getCause();
    String why =
        root instanceof HttpResponseException && parse != null
            ? "bad response: " + Failures.describe(parse)
            : Failures.describe(error);
    // Jetty refuses a body over the listener's capacity with "Buffering capacity N exceeded"
    return why.contains("capacity")
        ? "the negotiate response is larger than maxMessageBytes ("
            + config.maxMessageBytes()
            + " bytes)"
        : "negotiate failed: " + why;
  }

  private void negotiated(
      URI base,
      @Nullable String token,
      int redirects,
      boolean redirected,
      ContentResponse response) {
    if (response.getStatus() != 200) {
      lose(
          new ConnectionLostException(
              progress.cannotConnect(
                  "unexpected status code returned from negotiate: " + response.getStatus())));
      return;
    }
    Negotiation n;
    try {
      n = Negotiation.parse(hub.codec().jsonFactory(), response.getContent());
    } catch (IOException | RuntimeException e) {
      lose(
          new ConnectionLostException(
              progress.cannotConnect(
                  "the negotiate response cannot be read: " + Failures.describe(e)),
              e));
      return;
    }
    String error = n.error();
    String url = n.url();
    String id = n.id();
    if (error != null) {
      lose(new ConnectionLostException(progress.cannotConnect("the gateway refused: " + error)));
    } else if (url != null) {
      if (redirects >= Negotiation.MAX_REDIRECTS) {
        lose(
            new ConnectionLostException(
                progress.cannotConnect(
                    "more than " + Negotiation.MAX_REDIRECTS + " negotiate redirects")));
        return;
      }
      String t = n.accessToken();
      negotiate(URI.create(url), t != null ? t : token, redirects + 1, redirected || t != null);
    } else if (!n.webSockets()) {
      lose(
          new ConnectionLostException(
              progress.cannotConnect("the gateway offers no WebSockets transport")));
    } else if (id == null) {
      lose(
          new ConnectionLostException(
              progress.cannotConnect("the negotiate response has no connection token or id")));
    } else {
      if (options.statefulReconnect() && n.statefulReconnect()) {
        resumeBase = base;
        resumeId = id;
        redirectToken = redirected ? token : null;
        book = new SequenceLedger<>(r -> r.length, options.statefulReconnectBufferBytes());
      }
      upgrade(base, id, token);
    }
  }

  /** Opens the WebSocket; {@code id} is negotiate's, or null when negotiate is skipped. */
  private void upgrade(URI base, @Nullable String id, @Nullable String token) {
    upgrade(base, id, token, true);
  }

  /**
   * Opens the WebSocket. Through an HTTP proxy, a plain {@code ws} upgrade goes into a CONNECT
   * tunnel, and Jetty 12.1 may write the upgrade request while the CONNECT's own write is still
   * completing (a proxy that answers at once; seen with a loopback proxy, about one connect in
   * three): the upgrade then fails with a {@link WritePendingException} before a byte of it left,
   * so the connection token is still unused and the upgrade is tried once more.
   */
  private void upgrade(URI base, @Nullable String id, @Nullable String token, boolean mayRetry) {
    progress.waitingFor("the WebSocket upgrade");
    CoreClientUpgradeRequest request =
        CoreClientUpgradeRequest.from(lease.webSocket, Negotiation.webSocketUri(base, id), this);
    request.headers(h -> headers(h, token));
    request.timeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    request.setConfiguration(limits());
    if (lifecycle.state() != TransportState.CONNECTING) {
      return;
    }
    try {
      CompletableFuture<CoreSession> f = lease.webSocket.connect(request);
      upgrade = f;
      CompletableFuture<?> unused =
          f.whenComplete(
              (s, error) -> {
                if (error != null
                    && mayRetry
                    && options.proxy().isPresent()
                    && causedBy(error, WritePendingException.class)
                    && lifecycle.state() == TransportState.CONNECTING) {
                  upgrade(base, id, token, false);
                } else if (error != null) {
                  lose(
                      new ConnectionLostException(
                          progress.cannotConnect(
                              "the WebSocket upgrade failed: " + Failures.describe(error), error),
                          error));
                }
              });
    } catch (IOException e) {
      lose(new ConnectionLostException(progress.cannotConnect(Failures.describe(e)), e));
    }
  }

  private Configuration.ConfigurationCustomizer limits() {
    Configuration.ConfigurationCustomizer limits = new Configuration.ConfigurationCustomizer();
    // a frame over the limit is refused as its header is parsed, before its payload is read
    limits.setMaxFrameSize(config.maxMessageBytes());
    limits.setAutoFragment(false);
    limits.setMaxTextMessageSize(config.maxMessageBytes());
    limits.setMaxBinaryMessageSize(config.maxMessageBytes());
    // our server timeout decides; Jetty's idle timeout only backs it up
    limits.setIdleTimeout(options.serverTimeout().multipliedBy(2));
    return limits;
  }

  @Override
  public void onOpen(CoreSession coreSession, Callback callback) {
    session = coreSession;
    first = coreSession;
    if (book != null) {
      live = coreSession;
    }
    callback.succeeded();
    if (released.get()) {
      coreSession.abort(); // closed or lost while the upgrade was under way
      return;
    }
    progress.waitingFor("the SignalR handshake response");
    long handshakeMillis =
        Math.min(options.handshakeTimeout().toMillis(), config.connectTimeout().toMillis());
    try {
      ScheduledFuture<?> unused =
          lease.timers.schedule(this::handshakeTimedOut, handshakeMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      return; // everything is stopping
    }
    send(JsonHubCodec.handshake(book != null ? 2 : 1), "the handshake");
    coreSession.demand();
  }

  private void handshakeTimedOut() {
    synchronized (connectGate) {
      if (lifecycle.state() == TransportState.CONNECTING && !handshaken) {
        lose(
            new ConnectionLostException(
                progress.cannotConnect(
                    "no handshake response within "
                        + options.handshakeTimeout().toMillis()
                        + " ms (handshakeTimeout)")));
      }
    }
  }

  /**
   * The start of a handshake response whose record has not ended in its message: a record may span
   * WebSocket messages. Only the reader touches it; the handshake timer bounds the wait for the
   * rest.
   */
  private byte[] handshakeStart = new byte[0];

  /** The handshake response is the first record; what follows it is read as usual. */
  private void handshake(byte[] message, int messageFrom, int messageTo) {
    byte[] bytes = message;
    int from = messageFrom;
    int to = messageTo;
    if (handshakeStart.length > 0) {
      bytes = Arrays.copyOf(handshakeStart, handshakeStart.length + (messageTo - messageFrom));
      System.arraycopy(message, messageFrom, bytes, handshakeStart.length, messageTo - messageFrom);
      from = 0;
      to = bytes.length;
      handshakeStart = new byte[0];
    }
    int end = -1;
    for (int i = from; i < to; i++) {
      if (bytes[i] == JsonHubCodec.RS) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      if (to - from > config.maxMessageBytes()) {
        lose(tooLarge());
      } else {
        handshakeStart = Arrays.copyOfRange(bytes, from, to); // the rest comes in the next message
      }
      return;
    }
    String error = null;
    try (JsonParser p = hub.codec().jsonFactory().createParser(bytes, from, end - from)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("the handshake response is not a JSON object");
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        if (name.equals("error") && t != JsonToken.VALUE_NULL) {
          error = p.getText();
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      lose(
          new ConnectionLostException(
              progress.cannotConnect(
                  "the handshake response cannot be read: " + Failures.describe(e)),
              e));
      return;
    }
    if (error != null) {
      lose(
          new ConnectionLostException(
              progress.cannotConnect("the handshake was refused: " + error)));
      return;
    }
    handshaken = true;
    synchronized (connectGate) {
      ScheduledFuture<?> d = connectDeadline;
      if (d != null) {
        d.cancel(false);
      }
      if (!lifecycle.connected()) {
        return; // closed or lost meanwhile, and the stage failed with it
      }
      startTicking();
      connected.complete(null);
    }
    send(JsonHubCodec.ping(), "a ping"); // at once, as the official clients do
    if (end + 1 < to) {
      hub.read(bytes, end + 1, to, receiver);
    }
  }

  // ---------------------------------------------------------------- keepalive

  private void startTicking() {
    long period =
        Math.max(
            10,
            Math.min(options.keepAliveInterval().toMillis(), options.serverTimeout().toMillis())
                / 4);
    try {
      ticker = lease.timers.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping
    }
  }

  private void tick() {
    if (lifecycle.interrupted()) {
      return; // the resume decides, within its own bound
    }
    long now = System.nanoTime();
    if (now - lastReceived > options.serverTimeout().toNanos()) {
      lose(
          new ConnectionLostException(
              "connection lost: Server timeout elapsed without receiving a message from the"
                  + " server for "
                  + options.serverTimeout().toMillis()
                  + " ms (serverTimeout)"));
    } else if (now - lastSent >= options.keepAliveInterval().toNanos()) {
      send(JsonHubCodec.ping(), "a ping");
    }
  }

  // ---------------------------------------------------------------- frames

  @Override
  public void onFrame(Frame frame, Callback callback) {
    CoreSession s = session;
    try {
      byte opcode = frame.getOpCode();
      if (OpCode.isDataFrame(opcode)) {
        data(frame);
      } else if (opcode == OpCode.PING && s != null && s.isOutputOpen()) {
        s.sendFrame(
            new Frame(OpCode.PONG).setPayload(copy(frame.getPayload())), Callback.NOOP, false);
      }
      callback.succeeded();
    } catch (RuntimeException e) {
      callback.failed(e);
      return;
    }
    if (s != null && !released.get()) {
      s.demand();
    }
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static ByteBuffer copy(@Nullable ByteBuffer payload) {
    if (payload == null) {
      return ByteBuffer.allocate(0);
    }
    ByteBuffer c = ByteBuffer.allocate(payload.remaining());
    c.put(payload.slice()).flip();
    return c;
  }

  /** A data frame: read now if it is a whole message, else gathered up to the limit. */
  private void data(Frame frame) {
    lastReceived = System.nanoTime();
    ByteBuffer payload = frame.getPayload();
    int n = payload == null ? 0 : payload.remaining();
    if ((long) buffered + n > config.maxMessageBytes()) {
      buffered = 0;
      lose(tooLarge());
      return;
    }
    if (frame.isFin() && buffered == 0) {
      if (payload == null) {
        message(new byte[0], 0, 0);
      } else if (payload.hasArray()) { // the frame's bytes as they are, no copy
        message(
            payload.array(),
            payload.arrayOffset() + payload.position(),
            payload.arrayOffset() + payload.limit());
      } else {
        byte[] bytes = new byte[n];
        payload.slice().get(bytes);
        message(bytes, 0, n);
      }
      return;
    }
    if (n > 0) {
      if (buffer.length < buffered + n) {
        buffer =
            Arrays.copyOf(
                buffer,
                (int) Math.min(config.maxMessageBytes(), Math.max(buffered + n, 2L * buffered)));
      }
      payload.slice().get(buffer, buffered, n);
      buffered += n;
    }
    if (frame.isFin()) {
      int length = buffered;
      buffered = 0;
      message(buffer, 0, length);
      if (buffer.length > 64 * 1024) {
        buffer = new byte[0]; // a large message does not keep its buffer
      }
    }
  }

  private ConnectionLostException tooLarge() {
    String why =
        "an incoming message is larger than maxMessageBytes ("
            + config.maxMessageBytes()
            + " bytes); refused before it was buffered";
    return new ConnectionLostException(
        lifecycle.state() == TransportState.CONNECTING
            ? progress.cannotConnect(why)
            : "connection lost: " + why);
  }

  private void message(byte[] bytes, int from, int to) {
    if (!handshaken) {
      handshake(bytes, from, to);
    } else {
      hub.read(bytes, from, to, receiver);
    }
  }

  /** What the records are: events and reports to the lane, results to their requests. */
  private final class Receiver implements JsonHubCodec.Receiver {
    @Override
    public void event(CstaEvent event) {
      callbacks.execute(() -> listener.onEvent(event));
    }

    @Override
    public void malformed(JsonHubCodec.Malformed m) {
      callbacks.execute(() -> listener.onMalformedMessage(m.name(), m.excerpt(), m.problem()));
    }

    @Override
    public void outcome(String invocationId, JsonHubCodec.Outcome outcome) {
      Exception failure = outcome.failure();
      if (failure != null) {
        pending.fail(outcome.requestId(), failure);
      } else if (outcome.result() != null) {
        pending.complete(outcome.requestId(), outcome.result());
      }
      JsonHubCodec.Malformed problem = outcome.problem();
      if (problem != null) {
        malformed(problem); // the request may have timed out already: it must not vanish
      }
    }

    @Override
    public void refused(String invocationId, JsonHubCodec.@Nullable Invocation ours, String error) {
      if (ours != null) {
        pending.fail(ours.requestId(), new GatewayRefusedException(ours.method(), error));
      }
    }

    @Override
    public void ping() {
      // it counts as a message received, which is all it is for
    }

    @Override
    public boolean statefulReconnect() {
      return book != null;
    }

    @Override
    public boolean tracked() {
      SequenceLedger<byte[]> b = book;
      if (b == null || !b.received()) {
        return false; // a duplicate the gateway replayed, or before its Sequence
      }
      ackDue();
      return true;
    }

    @Override
    public void ack(long sequenceId) {
      SequenceLedger<byte[]> b = book;
      if (b != null) {
        synchronized (outbound) {
          b.acknowledged(sequenceId);
        }
      }
    }

    @Override
    public void sequence(long sequenceId) {
      SequenceLedger<byte[]> b = book;
      if (b == null) {
        return;
      }
      if (!b.sequence(sequenceId)) {
        lose(
            new ConnectionLostException(
                "connection lost: the gateway resumes from sequence id "
                    + sequenceId
                    + ", past the "
                    + b.processed()
                    + " records received: some would be missing"));
        return;
      }
      resumed();
    }

    @Override
    public void close(@Nullable String error, boolean allowReconnect) {
      lose(
          new ConnectionLostException(
              error == null
                  ? "the gateway closed the connection"
                  : "the gateway closed the connection: " + error));
    }
  }

  @Override
  public void onError(Throwable cause, Callback callback) {
    callback.succeeded();
    socketFailed(first, cause);
  }

  private void socketFailed(@Nullable CoreSession from, Throwable cause) {
    if (stale(from)) {
      return;
    }
    if (cause instanceof MessageTooLargeException) {
      lose(tooLarge());
      return;
    }
    String why = Failures.describe(cause);
    ConnectionLostException lost =
        new ConnectionLostException(
            lifecycle.state() == TransportState.CONNECTING
                ? progress.cannotConnect(why)
                : "connection lost: " + why,
            cause);
    if (book != null) {
      dropped(from, lost);
    } else {
      lose(lost);
    }
  }

  @Override
  public void onClosed(CloseStatus status, Callback callback) {
    callback.succeeded();
    socketClosed(first, status);
  }

  private void socketClosed(@Nullable CoreSession from, CloseStatus status) {
    if (stale(from)) {
      return;
    }
    int code = status.getCode();
    if (code == CloseStatus.MESSAGE_TOO_LARGE) {
      lose(tooLarge()); // Jetty's parser refused a frame header over the limit
      return;
    }
    String reason = String.valueOf(status.getReason());
    String why;
    if (code == CloseStatus.NORMAL || code == CloseStatus.NO_CODE) {
      why = "the gateway closed the connection";
    } else if (reason.contains("RSV1")) {
      // a compressed frame's size on the wire says nothing of its size inflated: never offered
      why = "connection lost: a compressed frame (RSV1), which this client never negotiated";
    } else {
      why = "connection lost: the WebSocket closed with " + code + " " + reason;
      if (book != null) { // an abnormal end: a stateful connection resumes
        dropped(
            from,
            new ConnectionLostException(
                lifecycle.state() == TransportState.CONNECTING
                    ? progress.cannotConnect(why)
                    : why));
        return;
      }
    }
    lose(
        new ConnectionLostException(
            lifecycle.state() == TransportState.CONNECTING ? progress.cannotConnect(why) : why));
  }

  // ---------------------------------------------------------------- requests

  /**
   * Sends one whole record as a text frame; a failure is a loss, or on a stateful connection a drop
   * (nothing is sent while it is interrupted).
   */
  private void send(byte[] record, String what) {
    if (book != null) {
      synchronized (outbound) {
        CoreSession l = live;
        if (l != null) {
          frameOut(l, record, what);
        }
      }
      return;
    }
    CoreSession s = session;
    if (s == null) {
      return;
    }
    lastSent = System.nanoTime();
    s.sendFrame(
        new Frame(OpCode.TEXT, ByteBuffer.wrap(record)),
        Callback.from(
            () -> {},
            error ->
                lose(
                    new ConnectionLostException(
                        "connection lost: cannot send " + what + ": " + Failures.describe(error),
                        error))),
        false);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R extends CstaResponse> CompletionStage<R> send(
      CstaRequest<R> request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    String method;
    try {
      method = hub.codec().registry().methodName(request);
    } catch (IllegalArgumentException e) {
      return failed(e);
    }
    TransportException refusal = lifecycle.refusal(method);
    CoreSession s = session;
    if (refusal != null || s == null) {
      return failed(
          refusal != null ? refusal : new ConnectionLostException(method + ": not connected"));
    }
    String requestId = options.requestId();
    String invocationId = Long.toString(invocationIds.incrementAndGet());
    CompletableFuture<Object> future;
    try {
      future = pending.register(requestId, method, options.timeout());
    } catch (IllegalStateException duplicate) {
      return failed(duplicate);
    }
    byte[] record;
    try {
      record = hub.invocation(invocationId, method, request, requestId);
    } catch (CstaCodecException e) {
      pending.fail(requestId, new TransportException(Failures.describe(e), e));
      return (CompletionStage<R>) (CompletionStage<?>) future;
    } catch (RuntimeException e) {
      pending.fail(requestId, new TransportException(method + ": " + Failures.describe(e), e));
      return (CompletionStage<R>) (CompletionStage<?>) future;
    }
    // a request that times out or fails forgets its invocation: a late answer is dropped
    CompletableFuture<?> unused =
        future.whenComplete(
            (r, error) -> {
              if (error != null) {
                hub.forget(invocationId);
              }
            });
    SequenceLedger<byte[]> b = book;
    if (b != null) {
      sendTracked(b, record, method);
      return (CompletionStage<R>) (CompletionStage<?>) future;
    }
    lastSent = System.nanoTime();
    s.sendFrame(
        new Frame(OpCode.TEXT, ByteBuffer.wrap(record)),
        Callback.from(
            () -> {},
            error ->
                pending.fail(
                    requestId,
                    new ConnectionLostException(
                        method + ": cannot send: " + Failures.describe(error), error))),
        false);
    return (CompletionStage<R>) (CompletionStage<?>) future;
  }

  private <R> CompletionStage<R> failed(RuntimeException why) {
    CompletableFuture<R> f = new CallbackFuture<>(callbacks);
    callbacks.execute(() -> f.completeExceptionally(why));
    return f;
  }

  // ---------------------------------------------------------------- stateful reconnect

  /** Acknowledged at the latest this long after a record arrives (the official clients: 1 s). */
  static final long ACK_DELAY_MILLIS = 100;

  /** Or at once after this many records, so that a burst is not kept long by the gateway. */
  static final int ACK_EVERY = 64;

  /** The longest pause between two attempts to resume. */
  static final long RETRY_MAX_MILLIS = 1000;

  /** Whether a socket's report comes too late: a stateful connection no longer sends on it. */
  private boolean stale(@Nullable CoreSession from) {
    return book != null && (from == null || from != live);
  }

  /** Sends a whole record on a stateful connection's socket; under {@link #outbound}. */
  private void frameOut(CoreSession s, byte[] record, String what) {
    lastSent = System.nanoTime();
    s.sendFrame(
        new Frame(OpCode.TEXT, ByteBuffer.wrap(record)),
        Callback.from(
            () -> {},
            error ->
                dropped(
                    s,
                    new ConnectionLostException(
                        "connection lost: cannot send " + what + ": " + Failures.describe(error),
                        error))),
        false);
  }

  /**
   * A request on a stateful connection: numbered and kept until acknowledged, sent now if the
   * socket is up, else with the replay of the resume.
   */
  private void sendTracked(SequenceLedger<byte[]> b, byte[] record, String method) {
    boolean kept;
    synchronized (outbound) {
      kept = b.sent(record);
      CoreSession l = live;
      if (kept && l != null) {
        frameOut(l, record, method);
      }
    }
    if (!kept) {
      lose(
          new ConnectionLostException(
              "connection lost: more than "
                  + options.statefulReconnectBufferBytes()
                  + " bytes of requests sent are not acknowledged by the gateway"
                  + " (statefulReconnectBufferBytes): the connection could not be resumed"
                  + " without a gap"));
    }
  }

  /** A record was processed: acknowledged soon, or at once after a burst. On the reading thread. */
  private void ackDue() {
    if (++receivedSinceAck >= ACK_EVERY) {
      receivedSinceAck = 0;
      sendAck();
    } else if (ackScheduled.compareAndSet(false, true)) {
      try {
        ScheduledFuture<?> unused =
            lease.timers.schedule(
                () -> {
                  ackScheduled.set(false);
                  sendAck();
                },
                ackDelay.toMillis(),
                TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        ackScheduled.set(false); // stopping
      }
    }
  }

  private void sendAck() {
    SequenceLedger<byte[]> b = book;
    long processed = b == null ? 0 : b.processed();
    if (b != null && processed > acked && live != null) {
      acked = processed;
      send(JsonHubCodec.ack(processed), "an ack");
    }
  }

  /**
   * The socket {@code from} of a stateful connection ended abnormally: the connection is
   * interrupted (or stays so) and a new socket is tried; while connecting, it is lost as before.
   */
  private void dropped(@Nullable CoreSession from, ConnectionLostException cause) {
    synchronized (outbound) {
      if (from == null || from != live) {
        return; // reported already, or a socket no longer used
      }
      live = null;
      acked = 0; // the gateway learns what we processed again on the resumed socket
    }
    from.abort();
    boolean again = lifecycle.interrupted();
    if (released.get() || (!again && !lifecycle.interrupt(cause))) {
      lose(cause);
      return;
    }
    resumeFailure = Failures.describe(cause);
    if (again) {
      retryResume(0, cause);
      return;
    }
    LOG.info("the gateway connection was interrupted ({}); resuming it", cause.getMessage());
    long deadline = System.nanoTime() + config.connectTimeout().toNanos();
    resumeDeadline = deadline;
    try {
      // a socket that opens but is never resumed by the gateway's Sequence ends here too
      ScheduledFuture<?> unused =
          lease.timers.schedule(
              () -> resumeTimedOut(deadline),
              config.connectTimeout().toMillis(),
              TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      return; // stopping
    }
    attemptResume(0);
  }

  private void resumeTimedOut(long deadline) {
    if (resumeDeadline == deadline && lifecycle.interrupted()) {
      lose(resumeBoundElapsed());
    }
  }

  private ConnectionLostException resumeBoundElapsed() {
    return new ConnectionLostException(
        "connection lost: the connection could not be resumed within "
            + config.connectTimeout().toMillis()
            + " ms (connectTimeout): "
            + resumeFailure);
  }

  /** One attempt to open a socket to the same connection, without negotiate or handshake. */
  private void attemptResume(int attempt) {
    if (released.get() || !lifecycle.interrupted()) {
      return;
    }
    long left = resumeDeadline - System.nanoTime();
    URI base = resumeBase;
    String id = resumeId;
    if (left <= 0 || base == null || id == null) {
      lose(resumeBoundElapsed());
      return;
    }
    Resumed handler = new Resumed();
    CoreClientUpgradeRequest request =
        CoreClientUpgradeRequest.from(lease.webSocket, Negotiation.webSocketUri(base, id), handler);
    String token = resumeToken();
    request.headers(h -> headers(h, token));
    request.timeout(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)), TimeUnit.MILLISECONDS);
    request.setConfiguration(limits());
    try {
      CompletableFuture<CoreSession> f = lease.webSocket.connect(request);
      upgrade = f;
      CompletableFuture<?> unused =
          f.whenComplete(
              (s, error) -> {
                if (error != null) {
                  retryResume(attempt, error);
                }
              });
    } catch (IOException | RuntimeException e) {
      retryResume(attempt, e);
    }
  }

  /** The token a resume sends: the redirect's, else a fresh one from the provider. */
  private @Nullable String resumeToken() {
    String t = redirectToken;
    if (t != null) {
      return t;
    }
    Supplier<String> provider = config.accessTokenProvider().orElse(null);
    return provider == null ? null : provider.get();
  }

  /** An attempt failed: a refusal by the gateway is a loss, anything else is tried again. */
  private void retryResume(int attempt, Throwable error) {
    if (released.get() || !lifecycle.interrupted()) {
      return;
    }
    Throwable root = Failures.unwrap(error);
    while (!(root instanceof UpgradeException) && root.getCause() != null) {
      root = root.getCause();
    }
    int status = root instanceof UpgradeException u ? u.getResponseStatusCode() : 0;
    if (status >= 400 && status < 500) {
      lose(
          new ConnectionLostException(
              "connection lost: the gateway refused to resume the connection (HTTP "
                  + status
                  + (status == 404 ? ": it no longer knows it" : "")
                  + ")"));
      return;
    }
    if (error != root || status > 0) {
      resumeFailure = status > 0 ? "the gateway answered HTTP " + status : Failures.describe(error);
    }
    long delay = Math.min(RETRY_MAX_MILLIS, 50L << Math.min(attempt, 5));
    try {
      ScheduledFuture<?> unused =
          lease.timers.schedule(() -> attemptResume(attempt + 1), delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping
    }
  }

  /** A new socket to the interrupted connection is open: our Sequence, the replay, then reading. */
  private void resumedOpen(CoreSession s) {
    SequenceLedger<byte[]> b = book;
    boolean ours = false;
    synchronized (outbound) {
      if (!released.get() && b != null && lifecycle.interrupted() && live == null) {
        ours = true;
        buffered = 0; // a message the old socket left half-read is replayed whole
        session = s;
        live = s;
        b.resumed();
        lastReceived = System.nanoTime();
        frameOut(s, JsonHubCodec.sequence(b.resumeFrom()), "the resume's Sequence");
        for (byte[] r : b.replay()) {
          frameOut(s, r, "a replayed request");
        }
      }
    }
    if (!ours) {
      s.abort(); // lost, closed or already resumed meanwhile
      return;
    }
    s.demand();
  }

  /** The gateway's Sequence arrived: if the connection was interrupted, it is resumed now. */
  private void resumed() {
    lastReceived = System.nanoTime();
    if (lifecycle.interrupted() && lifecycle.resume()) {
      LOG.info("the gateway connection was resumed");
      ackDue(); // tells the gateway soon what it need not keep any more
    }
  }

  /** The frame handler of a socket that resumes the connection. */
  private final class Resumed implements FrameHandler {
    private volatile @Nullable CoreSession mine;

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
      mine = coreSession;
      callback.succeeded();
      resumedOpen(coreSession);
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
      CoreSession m = mine;
      if (m == null || m != live) {
        callback.succeeded(); // a socket no longer used
        return;
      }
      JettySignalRTransport.this.onFrame(frame, callback);
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
      callback.succeeded();
      socketFailed(mine, cause);
    }

    @Override
    public void onClosed(CloseStatus status, Callback callback) {
      callback.succeeded();
      socketClosed(mine, status);
    }
  }

  // ---------------------------------------------------------------- loss and close

  @Override
  public TransportState state() {
    return lifecycle.state();
  }

  /** To LOST, once: pending requests and a pending connect fail with the cause, then release. */
  private void lose(ConnectionLostException cause) {
    if (lifecycle.lose(cause)) {
      connected.completeExceptionally(cause);
      release(false);
    }
  }

  /**
   * Fails every pending request and a pending connect at once, then releases: a connected WebSocket
   * is closed (the gateway gets {@link #GRACEFUL_CLOSE} to answer), everything else is cut at once.
   * Never blocks.
   */
  @Override
  public void close() {
    if (lifecycle.close()) {
      connected.completeExceptionally(
          new TransportClosedException("connect: the transport was closed while connecting"));
    }
    release(true);
  }

  private void release(boolean graceful) {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    cancel(connectDeadline);
    cancel(ticker);
    Request r = negotiation;
    if (r != null) {
      CompletableFuture<Boolean> unused =
          r.abort(new TransportClosedException("the transport was released"));
    }
    Future<CoreSession> u = upgrade;
    if (u != null) {
      u.cancel(true);
    }
    CoreSession s = session;
    if (s == null || s.isClosed()) {
      if (s != null) {
        s.abort();
      }
      lease.close();
      return;
    }
    if (!graceful || !s.isOutputOpen()) {
      s.abort();
      lease.close();
      return;
    }
    send(closeMessage(), "the close");
    ScheduledFuture<?> cut;
    try {
      cut = lease.timers.schedule(s::abort, GRACEFUL_CLOSE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      s.abort();
      lease.close();
      return;
    }
    s.close(
        CloseStatus.NORMAL,
        "",
        Callback.from(
            () -> {
              cut.cancel(false);
              lease.close();
            },
            error -> {
              cut.cancel(false);
              s.abort();
              lease.close();
            }));
  }

  private static byte[] closeMessage() {
    return "{\"type\":7,\"allowReconnect\":false}\u001e"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void cancel(@Nullable Future<?> f) {
    if (f != null) {
      f.cancel(false);
    }
  }
}
