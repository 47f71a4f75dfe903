package org.csta4j.transport.signalr;

import com.microsoft.signalr.HttpHubConnectionBuilder;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import com.microsoft.signalr.HubException;
import com.microsoft.signalr.TransportEnum;
import io.reactivex.rxjava3.core.Single;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.CstaCodecException;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.RawRequest;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.HubErrorException;
import org.csta4j.transport.PendingRequests;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.SerialExecutor;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportLifecycle;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CstaTransport} on the official SignalR Java client 9.0.3 with {@link CstaHubProtocol}.
 * Results and events are handed to the user's executor through a {@link SerialExecutor}, never run
 * on OkHttp's reader thread; every request has a timeout; {@link #close()} stops the client and the
 * OkHttp dispatcher and connection pool this transport made.
 */
final class SignalRTransport implements CstaTransport {
  private static final Logger LOG = LoggerFactory.getLogger(SignalRTransport.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final TransportConfig config;
  private final SignalROptions options;
  private final CstaCodec codec;
  private final TransportListener listener;
  private final SerialExecutor callbacks;
  private final ScheduledExecutorService timers;
  private final ExecutorService okHttpDispatcher;
  private final ConnectionPool connectionPool = new ConnectionPool(1, 1, TimeUnit.SECONDS);
  private final PendingRequests pending;
  private final TransportLifecycle lifecycle;
  private volatile @Nullable HubConnection hub;

  SignalRTransport(
      TransportConfig config, SignalROptions options, CstaCodec codec, TransportListener listener) {
    this.config = config;
    this.options = options;
    this.codec = codec;
    this.listener = Objects.requireNonNull(listener, "listener");
    String name = "csta4j-signalr-" + INSTANCES.incrementAndGet();
    this.callbacks =
        new SerialExecutor(
            config.callbackExecutor(),
            e -> LOG.warn("a transport listener threw; delivery goes on", e));
    java.util.concurrent.ScheduledThreadPoolExecutor timerPool =
        new java.util.concurrent.ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, name + "-timers");
              t.setDaemon(true);
              return t;
            });
    timerPool.setRemoveOnCancelPolicy(true); // answered requests leave no timer behind
    this.timers = timerPool;
    AtomicInteger n = new AtomicInteger();
    this.okHttpDispatcher =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, name + "-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.pending = new PendingRequests(timers, callbacks);
    this.lifecycle = new TransportLifecycle(listener, callbacks, pending);
    this.protocol = new CstaHubProtocol(codec, sink);
  }

  @Override
  public CompletionStage<Void> connect() {
    lifecycle.startConnecting();
    CompletableFuture<Void> connected = new CompletableFuture<>();
    HubConnection h;
    try {
      h = build();
    } catch (RuntimeException e) {
      ConnectionLostException lost =
          new ConnectionLostException("cannot connect: " + e.getMessage(), e);
      lose(lost);
      callbacks.execute(() -> connected.completeExceptionally(lost));
      return connected;
    }
    hub = h;
    h.on(CstaHubProtocol.EVENT_TARGET, this::received, Object.class);
    h.onClosed(this::closedByClient);
    h.start()
        .timeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .subscribe(
            () -> {
              if (lifecycle.connected()) {
                callbacks.execute(() -> connected.complete(null));
              } else {
                callbacks.execute(
                    () ->
                        connected.completeExceptionally(
                            new TransportClosedException("closed while connecting")));
              }
            },
            error -> {
              ConnectionLostException lost =
                  new ConnectionLostException(
                      "cannot connect to "
                          + config.gateway()
                          + ": "
                          + describeConnectFailure(error),
                      error);
              lose(lost);
              callbacks.execute(() -> connected.completeExceptionally(lost));
            });
    return connected;
  }

  private HubConnection build() {
    HttpHubConnectionBuilder b =
        HubConnectionBuilder.create(config.gateway().toString())
            .withHubProtocol(protocol)
            .withHandshakeResponseTimeout(options.handshakeTimeout.toMillis())
            .withKeepAliveInterval(options.keepAliveInterval.toMillis())
            .withServerTimeout(options.serverTimeout.toMillis());
    if (!config.headers().isEmpty()) {
      b.withHeaders(config.headers());
    }
    Supplier<String> token = config.accessTokenProvider();
    if (token != null) {
      b.withAccessTokenProvider(Single.defer(() -> Single.just(token.get())));
    }
    if (options.skipNegotiate) {
      b.shouldSkipNegotiate(true).withTransport(TransportEnum.WEBSOCKETS);
    }
    b.setHttpClientBuilderCallback(
        ok -> {
          ok.dispatcher(new Dispatcher(okHttpDispatcher));
          ok.connectionPool(connectionPool);
          if (options.sslContext != null && options.trustManager != null) {
            ok.sslSocketFactory(options.sslContext.getSocketFactory(), options.trustManager);
          }
          if (options.proxy != null) {
            ok.proxy(options.proxy);
          }
        });
    return b.build();
  }

  /**
   * Completes a request on the reader thread when its result arrives after every earlier event has
   * reached the callback lane (dependent stages run on that lane, behind those events).
   */
  private final CstaHubProtocol.Sink sink = this::completeWith;

  private final CstaHubProtocol protocol;

  private void completeWith(String requestId, String method, CstaMessage result) {
    if (result instanceof CstaFailure) {
      pending.fail(requestId, new CstaFailureException(method, (CstaFailure) result));
    } else {
      pending.complete(requestId, result);
    }
  }

  /**
   * On the client's invocation thread (RxJava's, never OkHttp's reader), in frame order: events,
   * malformed messages, and results that had to wait for the events before them. No hand-off when
   * the callback lane is idle.
   */
  private void received(Object message) {
    try {
      if (message instanceof CstaEvent) {
        CstaEvent event = (CstaEvent) message;
        callbacks.executeInline(() -> listener.onEvent(event));
      } else if (message instanceof CstaHubProtocol.Malformed) {
        CstaHubProtocol.Malformed m = (CstaHubProtocol.Malformed) message;
        callbacks.executeInline(() -> listener.onMalformedMessage(m.name, m.excerpt, m.problem));
      } else if (message instanceof CstaHubProtocol.Ordered) {
        CstaHubProtocol.Ordered o = (CstaHubProtocol.Ordered) message;
        completeWith(o.requestId, o.method, o.result);
      }
    } finally {
      protocol.delivered();
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
        return failed(new TransportException(e.getMessage(), e));
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
      h.invoke(
              CstaHubProtocol.Result.class,
              method,
              new CstaHubProtocol.Outgoing(request, options.requestId()))
          .subscribe(
              result -> {
                if (!result.ordered) { // else its Ordered twin completes it, behind the events
                  completeWith(key, method, result.message);
                }
              },
              error -> pending.fail(key, failure(method, error)));
    } catch (RuntimeException e) {
      pending.fail(key, new ConnectionLostException(method + ": " + e.getMessage(), e));
    }
    return (CompletionStage<R>) (CompletionStage<?>) future;
  }

  private <R> CompletionStage<R> failed(RuntimeException why) {
    CompletableFuture<R> f = new CompletableFuture<>();
    callbacks.execute(() -> f.completeExceptionally(why));
    return f;
  }

  private TransportException failure(String method, Throwable error) {
    if (error instanceof HubException) {
      return new HubErrorException(method, String.valueOf(error.getMessage()));
    }
    if (lifecycle.state() == TransportState.CLOSED) {
      return new TransportClosedException(method + ": the transport was closed");
    }
    if (error instanceof ClassCastException || error instanceof IllegalArgumentException) {
      return new TransportException(method + ": " + error.getMessage(), error);
    }
    return new ConnectionLostException(method + ": " + describe(error), error);
  }

  private void closedByClient(@Nullable Exception error) {
    if (lifecycle.state() == TransportState.CLOSED) {
      return;
    }
    // the official client reports some drops (an EOF) as a clean close: any close we did not ask
    // for is a loss
    lose(
        new ConnectionLostException(
            error == null
                ? "the gateway closed the connection"
                : "connection lost: " + describe(error),
            error));
  }

  private void lose(ConnectionLostException cause) {
    if (lifecycle.lose(cause)) {
      // not on the client's own thread, which may be the one reporting the loss
      callbacks.execute(this::release);
    }
  }

  @Override
  public TransportState state() {
    return lifecycle.state();
  }

  @Override
  public void close() {
    if (lifecycle.close()) {
      release();
    }
  }

  /** Stops the client, its timers and the OkHttp threads and sockets this transport made. */
  private void release() {
    HubConnection h = hub;
    hub = null;
    if (h != null) {
      try {
        h.close();
      } catch (RuntimeException e) {
        LOG.debug("closing the SignalR client", e);
      }
    }
    connectionPool.evictAll();
    okHttpDispatcher.shutdownNow();
    timers.shutdownNow();
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  /**
   * Adds the TLS reason when it is buried: a server that rejects the client's certificate after a
   * TLS 1.3 handshake breaks the request's write ("Broken pipe"), and OkHttp attaches the alert it
   * then read as a suppressed exception.
   */
  private static String describeConnectFailure(Throwable error) {
    SSLException tls = tlsFailure(error);
    return tls == null || tls == error
        ? describe(error)
        : describe(error) + " (TLS: " + describe(tls) + ")";
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
      if (t instanceof SSLException) {
        return (SSLException) t;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(Arrays.asList(t.getSuppressed()));
    }
    return null;
  }
}
