package org.csta4j.transport.signalr;

import com.microsoft.signalr.HttpHubConnectionBuilder;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import com.microsoft.signalr.HubConnectionState;
import com.microsoft.signalr.HubException;
import com.microsoft.signalr.TransportEnum;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.CstaCodecException;
import org.csta4j.json.internal.JsonHubCodec;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.RawRequest;
import org.csta4j.model.internal.Failures;
import org.csta4j.model.internal.Threads;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CstaTransport} on the official SignalR Java client 9.0.3 with {@link CstaHubProtocol}.
 * Results and events are handed to the user's executor through a {@link SerialExecutor}, never run
 * on OkHttp's reader thread; every request has a timeout; the connect timeout bounds negotiate,
 * upgrade and handshake together; incoming messages over {@link TransportConfig#maxMessageBytes()}
 * are refused before OkHttp buffers them ({@link InboundWatch}).
 *
 * <p>Closing never waits on the official client: its {@code close()} blocks until its start is
 * over, which a gateway that never answers makes forever. Instead one short-lived closer thread
 * stops a connected client gracefully (bounded by {@link #GRACEFUL_STOP}), then cuts every call and
 * socket this transport made, which ends whatever the client still waits for, and shuts down the
 * threads this transport started.
 */
final class SignalRTransport implements CstaTransport {
  private static final Logger LOG = LoggerFactory.getLogger(SignalRTransport.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  /** How long a graceful stop of a connected client may wait for the gateway to close too. */
  static final Duration GRACEFUL_STOP = Duration.ofMillis(400);

  /** How long {@link #close()} waits for the closer; it finishes on its own after that. */
  private static final long CLOSE_WAIT_MILLIS = 500;

  private final TransportConfig config;
  private final ConnectProgress progress;
  private final SignalROptions options;
  private final CstaCodec codec;
  private final TransportListener listener;
  private final String name;
  private final SerialExecutor callbacks;
  private final ScheduledThreadPoolExecutor timers;
  private final ExecutorService okHttpThreads;
  private final Dispatcher dispatcher;
  // no idle connection: each socket carries one HTTP exchange, which InboundWatch relies on
  private final ConnectionPool connectionPool = new ConnectionPool(0, 1, TimeUnit.SECONDS);
  private final WatchedSockets sockets;
  private final PendingRequests pending;
  private final TransportLifecycle lifecycle;
  private final CstaHubProtocol protocol;
  private final CallbackFuture<Void> connected;
  // connect success and the connect timeout decide under this lock, so one cannot undo the other
  private final Object connectGate = new Object();
  private volatile @Nullable HubConnection hub;
  private @Nullable Thread closer; // guarded by this

  SignalRTransport(
      TransportConfig config, SignalROptions options, CstaCodec codec, TransportListener listener) {
    this.config = config;
    this.progress = new ConnectProgress(config, "the negotiate response");
    this.options = options;
    this.codec = codec;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.name = "csta4j-signalr-" + INSTANCES.incrementAndGet();
    this.callbacks =
        new SerialExecutor(
            config.callbackExecutor(),
            e -> LOG.warn("a transport listener threw; delivery goes on", e));
    this.timers = new ScheduledThreadPoolExecutor(1, Threads.named(name + "-timers"));
    timers.setRemoveOnCancelPolicy(true); // answered requests leave no timer behind
    this.okHttpThreads = Executors.newCachedThreadPool(Threads.numbered(name + "-http-"));
    this.dispatcher = new Dispatcher(okHttpThreads);
    this.sockets = new WatchedSockets(config.maxMessageBytes(), this::refused);
    this.pending = new PendingRequests(timers, callbacks);
    this.lifecycle = new TransportLifecycle(listener, callbacks, pending);
    this.protocol = new CstaHubProtocol(codec, outcome -> complete(outcome, false));
    this.connected = new CallbackFuture<>(callbacks);
  }

  @Override
  public CompletionStage<Void> connect() {
    lifecycle.startConnecting();
    HubConnection h;
    try {
      h = build();
    } catch (RuntimeException e) {
      lose(new ConnectionLostException(progress.cannotConnect(Failures.describe(e)), e));
      return connected;
    }
    hub = h;
    h.on(CstaHubProtocol.EVENT_TARGET, this::received, Object.class);
    h.onClosed(this::closedByClient);
    ScheduledFuture<?> deadline;
    try {
      deadline =
          timers.schedule(
              this::connectTimedOut, config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closedMeanwhile) {
      return connected; // close() has failed it already
    }
    try {
      // the start completes or fails by itself, and close cuts its sockets: nothing to dispose
      Disposable unused =
          h.start()
              .subscribe(
                  () -> {
                    deadline.cancel(false);
                    synchronized (connectGate) {
                      if (lifecycle.connected()) {
                        connected.complete(null);
                      } // else closed or lost meanwhile, and the stage failed with it
                    }
                  },
                  error -> {
                    deadline.cancel(false);
                    lose(
                        new ConnectionLostException(
                            progress.cannotConnect(describeConnectFailure(error), error), error));
                  });
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

  /** How much longer the client's own handshake timer waits than our connect deadline. */
  private static final long CONNECT_MARGIN_MS = 2_000;

  private HubConnection build() {
    long connectMillis = config.connectTimeout().toMillis();
    HttpHubConnectionBuilder b =
        HubConnectionBuilder.create(config.gateway().toString())
            .withHubProtocol(protocol)
            // our own connect timeout decides, with its own message: the client's handshake timer
            // starts later than ours, but on a loaded machine ours can still be late, so the
            // client's waits a margin longer; it must not outlast ours by more than that
            .withHandshakeResponseTimeout(
                Math.min(options.handshakeTimeout().toMillis(), connectMillis + CONNECT_MARGIN_MS))
            .withKeepAliveInterval(options.keepAliveInterval().toMillis())
            .withServerTimeout(options.serverTimeout().toMillis())
            // WebSockets only, as the Jetty transport: without it the client falls back to long
            // polling when negotiate offers no WebSockets, outside the watch of its sockets
            .withTransport(TransportEnum.WEBSOCKETS);
    if (!config.headers().isEmpty()) {
      b.withHeaders(config.headers());
    }
    Optional<Supplier<String>> token = config.accessTokenProvider();
    if (token.isPresent()) {
      Supplier<String> provider = token.get();
      b.withAccessTokenProvider(Single.defer(() -> Single.just(provider.get())));
    }
    if (options.skipNegotiate()) {
      b.shouldSkipNegotiate(true);
      progress.waitingFor("the WebSocket upgrade");
    }
    SSLSocketFactory tls;
    X509TrustManager trust;
    Optional<SSLContext> context = options.sslContext();
    Optional<X509TrustManager> trustManager = options.trustManager();
    if (context.isPresent() && trustManager.isPresent()) {
      tls = context.get().getSocketFactory();
      trust = trustManager.get();
    } else {
      DefaultTls jdk = DefaultTls.get();
      tls = jdk.factory;
      trust = jdk.trust;
    }
    b.setHttpClientBuilderCallback(
        ok -> {
          ok.dispatcher(dispatcher);
          ok.connectionPool(connectionPool);
          // one exchange per socket on HTTP/1.1, where InboundWatch can read the framing
          ok.protocols(List.of(Protocol.HTTP_1_1));
          ok.socketFactory(sockets);
          ok.sslSocketFactory(new WatchedSslSocketFactory(tls, sockets), trust);
          ok.addInterceptor(this::intercept);
          options.proxy().ifPresent(ok::proxy);
        });
    return b.build();
  }

  /**
   * Sees each HTTP call the client makes (the WebSocket upgrade included: OkHttp runs application
   * interceptors for it, not network ones): records how far the connect got, for the timeout's
   * message, and takes back OkHttp's offer of {@code permessage-deflate}, since the size of a
   * compressed message cannot be checked before it is inflated in memory.
   */
  private Response intercept(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    boolean upgrade = "websocket".equalsIgnoreCase(request.header("Upgrade"));
    if (upgrade) {
      progress.waitingFor("the WebSocket upgrade");
      request = request.newBuilder().removeHeader("Sec-WebSocket-Extensions").build();
    } else {
      progress.waitingFor("the negotiate response");
    }
    Response response = chain.proceed(request);
    if (upgrade && response.code() == 101) {
      progress.waitingFor("the SignalR handshake response");
    }
    return response;
  }

  /**
   * A socket refused an incoming message for its size: on the thread that read it, before the
   * client hears of it (it hears next, as a failed read, and reports a close we no longer heed).
   */
  private void refused(IOException why) {
    String m = Failures.describe(why);
    lose(
        new ConnectionLostException(
            lifecycle.state() == TransportState.CONNECTING
                ? progress.cannotConnect(m)
                : "connection lost: " + m,
            why));
  }

  /**
   * On the client's invocation thread (RxJava's, never OkHttp's reader), in frame order: events,
   * malformed messages, and results that had to wait for the events before them. No hand-off when
   * the callback lane is idle.
   */
  private void received(Object message) {
    try {
      if (message instanceof CstaEvent event) {
        callbacks.executeInline(() -> listener.onEvent(event));
      } else if (message instanceof JsonHubCodec.Malformed m) {
        callbacks.executeInline(
            () -> listener.onMalformedMessage(m.name(), m.excerpt(), m.problem()));
      } else if (message instanceof CstaHubProtocol.Ordered ordered) {
        complete(ordered.outcome, true);
      }
    } finally {
      protocol.delivered();
    }
  }

  /**
   * Completes a request with its outcome. A result that is not the response the request expects
   * fails it with a {@link ProtocolException} and is reported as a malformed message too (the
   * request may have timed out already, and the message must not vanish). {@code inline}: on the
   * client's invocation thread, where the callback lane may run here; else on the reader thread.
   */
  private void complete(JsonHubCodec.Outcome outcome, boolean inline) {
    JsonHubCodec.Malformed problem = outcome.problem();
    Exception failure = outcome.failure();
    if (failure != null) {
      pending.fail(outcome.requestId(), failure);
    } else if (outcome.result() != null) {
      pending.complete(outcome.requestId(), outcome.result());
    }
    if (problem != null) {
      Runnable report =
          () -> listener.onMalformedMessage(problem.name(), problem.excerpt(), problem.problem());
      if (inline) {
        callbacks.executeInline(report);
      } else {
        callbacks.execute(report);
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R extends CstaResponse> CompletionStage<R> send(
      CstaRequest<R> request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    String method;
    try {
      method = codec.registry().methodName(request);
    } catch (IllegalArgumentException e) {
      return failed(e);
    }
    if (request instanceof RawRequest) {
      // a raw payload is known to be well-formed only once parsed: check it here, since a failure
      // inside the client's invoke would leave its invocation registered for good
      try {
        codec.encodeRequest(request, options.requestId());
      } catch (CstaCodecException e) {
        return failed(new TransportException(Failures.describe(e), e));
      }
    }
    TransportException refusal = lifecycle.refusal(method);
    HubConnection h = hub;
    if (refusal != null || h == null) {
      return failed(
          refusal != null ? refusal : new ConnectionLostException(method + ": not connected"));
    }
    CompletableFuture<Object> future;
    try {
      future = pending.register(options.requestId(), method, options.timeout());
    } catch (IllegalStateException duplicate) {
      return failed(duplicate);
    }
    String key = options.requestId();
    try {
      // the invocation completes, fails or is failed by the loss or close: nothing to dispose
      Disposable unused =
          h.invoke(
                  CstaHubProtocol.Result.class,
                  method,
                  new CstaHubProtocol.Outgoing(request, options.requestId()))
              .subscribe(
                  result -> {
                    if (!result.delivered) { // else the sink or the Ordered twin has it
                      complete(result.outcome, false);
                    }
                  },
                  error -> pending.fail(key, failure(method, key, error)));
    } catch (RuntimeException e) {
      pending.fail(key, new ConnectionLostException(method + ": " + Failures.describe(e), e));
    }
    return (CompletionStage<R>) (CompletionStage<?>) future;
  }

  private <R> CompletionStage<R> failed(RuntimeException why) {
    CompletableFuture<R> f = new CompletableFuture<>();
    callbacks.execute(() -> f.completeExceptionally(why));
    return f;
  }

  private TransportException failure(String method, String requestId, Throwable error) {
    if (error instanceof HubException) {
      return new GatewayRefusedException(method, String.valueOf(error.getMessage()));
    }
    if (lifecycle.state() == TransportState.CLOSED) {
      return new TransportClosedException(method + ": the transport was closed");
    }
    if (error instanceof ClassCastException) {
      // the protocol only ever completes with a Result; anything else is a defect, but typed
      return new ProtocolException(
          method + " (request " + requestId + "): unexpected result: " + error.getMessage(), error);
    }
    if (error instanceof IllegalArgumentException) {
      return new TransportException(method + ": " + error.getMessage(), error);
    }
    return new ConnectionLostException(method + ": " + Failures.describe(error), error);
  }

  private void closedByClient(@Nullable Exception error) {
    TransportState s = lifecycle.state();
    if (s == TransportState.CLOSED || s == TransportState.LOST) {
      return;
    }
    // the official client reports some drops (an EOF) as a clean close: any close we did not ask
    // for is a loss
    String why =
        error == null
            ? "the gateway closed the connection"
            : "connection lost: " + Failures.describe(error);
    lose(
        new ConnectionLostException(
            s == TransportState.CONNECTING
                ? (error == null
                    ? progress.cannotConnect("the gateway closed the connection")
                    : progress.cannotConnect(Failures.describe(error), error))
                : why,
            error));
  }

  /** To LOST, once: pending requests and a pending connect fail with the cause, then release. */
  private void lose(ConnectionLostException cause) {
    if (lifecycle.lose(cause)) {
      connected.completeExceptionally(cause);
      release();
    }
  }

  @Override
  public TransportState state() {
    return lifecycle.state();
  }

  /**
   * Fails every pending request and a pending connect at once, then releases: returns when the
   * release is done, or after half a second while it finishes on its own (a connected client gets
   * {@link #GRACEFUL_STOP} to close cleanly; everything else is cut at once).
   */
  @Override
  public void close() {
    if (lifecycle.close()) {
      connected.completeExceptionally(
          new TransportClosedException("connect: the transport was closed while connecting"));
    }
    Thread c = release();
    if (c != Thread.currentThread()) {
      try {
        c.join(CLOSE_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts the closer once; the thread that releases everything, then ends. */
  private synchronized Thread release() {
    if (closer == null) {
      Thread t = Threads.daemon(this::releaseNow, name + "-close");
      closer = t;
      t.start();
    }
    return closer;
  }

  /**
   * Stops the client, its calls and sockets, and the threads this transport made. Never calls the
   * client's blocking {@code close()}: it waits for its start to end, and for a start the gateway
   * never answers it waits until OkHttp gives up, and then forever (its stop then fails inside
   * RxJava and never completes).
   */
  private void releaseNow() {
    HubConnection h = hub;
    hub = null;
    if (h != null && h.getConnectionState() == HubConnectionState.CONNECTED) {
      CountDownLatch stopped = new CountDownLatch(1);
      try {
        // sends Close and the WebSocket close frame; completes when the gateway closes too
        Disposable unused = h.stop().subscribe(stopped::countDown, e -> stopped.countDown());
        if (!stopped.await(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.debug("{}: the gateway did not close within {}; cutting", name, GRACEFUL_STOP);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.debug("{}: stopping the SignalR client", name, e);
      }
    }
    // whatever the client still waits for (negotiate, upgrade, handshake, the gateway's close)
    // fails now; a client with an open WebSocket then tidies its own timers and pools
    dispatcher.cancelAll();
    sockets.closeAll();
    connectionPool.evictAll();
    okHttpThreads.shutdownNow();
    timers.shutdownNow();
  }

  /**
   * Adds the TLS reason when it is buried: a server that rejects the client's certificate after a
   * TLS 1.3 handshake breaks the request's write ("Broken pipe"), and OkHttp attaches the alert it
   * then read as a suppressed exception.
   */
  private static String describeConnectFailure(Throwable error) {
    SSLException tls = tlsFailure(error);
    return tls == null || tls == error
        ? Failures.describe(error)
        : Failures.describe(error) + " (TLS: " + Failures.describe(tls) + ")";
  }

  private static @Nullable SSLException tlsFailure(Throwable error) {
    Deque<Throwable> todo = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    todo.add(error);
    while (!todo.isEmpty()) {
      Throwable t = todo.remove();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SSLException tls) {
        return tls;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(Arrays.asList(t.getSuppressed()));
    }
    return null;
  }

  /**
   * The JDK's default TLS, as OkHttp would use it (the platform trust store), made here because the
   * TLS socket factory must be ours to watch what it decrypts. Made once, on first use.
   */
  private static final class DefaultTls {
    private static @Nullable DefaultTls instance; // guarded by DefaultTls.class

    final X509TrustManager trust;
    final SSLSocketFactory factory;

    private DefaultTls(X509TrustManager trust, SSLSocketFactory factory) {
      this.trust = trust;
      this.factory = factory;
    }

    static synchronized DefaultTls get() {
      if (instance == null) {
        try {
          TrustManagerFactory tmf =
              TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
          tmf.init((KeyStore) null);
          for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
              SSLContext context = SSLContext.getInstance("TLS");
              context.init(null, new TrustManager[] {tm}, null);
              instance = new DefaultTls(x509, context.getSocketFactory());
              return instance;
            }
          }
          throw new IllegalStateException("the JDK offers no X509TrustManager");
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("the JDK's default TLS is not available", e);
        }
      }
      return instance;
    }
  }
}
