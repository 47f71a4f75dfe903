package org.csta4j.transport.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

/**
 * A transport with a scripted gateway behind it, for unit tests of code above the SPI (the
 * session's logic). It keeps the whole SPI contract. The test plays the gateway: it takes the
 * requests sent ({@link #awaitRequest}) and answers them, or installs an automatic {@link
 * #responder}; it pushes events ({@link #emit}); it loses the connection ({@link #loseConnection}).
 * Integration tests use the real SignalR transport against the simulator instead.
 */
public final class InMemoryTransport implements CstaTransport {
  /** A request as the gateway received it; answer it exactly once. */
  public final class SentRequest {
    private final String method;
    private final CstaRequest<?> request;
    private final String requestId;

    SentRequest(String method, CstaRequest<?> request, String requestId) {
      this.method = method;
      this.request = request;
      this.requestId = requestId;
    }

    /** The hub method, e.g. {@code "MakeCall"}, or the method a {@link RawRequest} names. */
    public String method() {
      return method;
    }

    public CstaRequest<?> request() {
      return request;
    }

    /** The {@code privateData.requestId} the transport put on it. */
    public String requestId() {
      return requestId;
    }

    /** Answers with a response of the request's type, or with a {@link CstaFailure}. */
    public void respond(CstaMessage answer) {
      answerWith(requestId, method, answer);
    }

    /** Answers with a hub error (a SignalR Completion error). */
    public void hubError(String error) {
      pending.fail(requestId, new HubErrorException(method, error));
    }
  }

  private final TransportConfig config;
  private final TransportListener listener;
  private final SerialExecutor callbacks;
  private final ScheduledExecutorService timers;
  private final PendingRequests pending;
  private final TransportLifecycle lifecycle;
  private final BlockingQueue<SentRequest> received = new LinkedBlockingQueue<>();
  private final List<SentRequest> history = new ArrayList<>();
  private volatile @Nullable Function<SentRequest, @Nullable CstaMessage> responder;
  private volatile @Nullable String failConnect;

  private InMemoryTransport(TransportConfig config, TransportListener listener) {
    this.config = config;
    this.listener = listener;
    this.callbacks =
        new SerialExecutor(
            config.callbackExecutor(),
            e -> {
              /* a listener's own failure */
            });
    this.timers =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "csta-inmemory-timer");
              t.setDaemon(true);
              return t;
            });
    this.pending = new PendingRequests(timers, callbacks);
    this.lifecycle = new TransportLifecycle(listener, callbacks, pending);
  }

  /** A transport in state NEW. */
  public static InMemoryTransport create(TransportConfig config, TransportListener listener) {
    return new InMemoryTransport(
        Objects.requireNonNull(config, "config"), Objects.requireNonNull(listener, "listener"));
  }

  public TransportConfig config() {
    return config;
  }

  // ---------------------------------------------------------------- the SPI

  @Override
  public CompletionStage<Void> connect() {
    lifecycle.startConnecting();
    CompletableFuture<Void> connected = new CompletableFuture<>();
    String refusal = failConnect;
    if (refusal != null) {
      ConnectionLostException lost = new ConnectionLostException("connect failed: " + refusal);
      lose(lost);
      callbacks.execute(() -> connected.completeExceptionally(lost));
    } else if (lifecycle.connected()) {
      callbacks.execute(() -> connected.complete(null));
    } else {
      callbacks.execute(
          () ->
              connected.completeExceptionally(
                  new TransportClosedException("closed while connecting")));
    }
    return connected;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R extends CstaResponse> CompletionStage<R> send(
      CstaRequest<R> request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    String method = methodName(request);
    TransportException why = lifecycle.refusal(method);
    if (why != null) {
      CompletableFuture<R> refused = new CompletableFuture<>();
      callbacks.execute(() -> refused.completeExceptionally(why));
      return refused;
    }
    CompletableFuture<Object> future;
    try {
      future = pending.register(options.requestId(), method, options.timeout());
    } catch (IllegalStateException duplicate) {
      CompletableFuture<R> refused = new CompletableFuture<>();
      callbacks.execute(() -> refused.completeExceptionally(duplicate));
      return refused;
    }
    SentRequest sent = new SentRequest(method, request, options.requestId());
    synchronized (history) {
      history.add(sent);
    }
    Function<SentRequest, @Nullable CstaMessage> auto = responder;
    CstaMessage answer = auto == null ? null : auto.apply(sent);
    if (answer != null) {
      sent.respond(answer);
    } else {
      received.add(sent);
    }
    return (CompletionStage<R>) (CompletionStage<?>) future;
  }

  @Override
  public TransportState state() {
    return lifecycle.state();
  }

  @Override
  public void close() {
    if (lifecycle.close()) {
      timers.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- the gateway's side

  /** The next request sent and not answered automatically, waiting at most {@code timeout}. */
  public SentRequest awaitRequest(Duration timeout) throws InterruptedException {
    SentRequest r = received.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (r == null) {
      throw new AssertionError("no request was sent within " + timeout);
    }
    return r;
  }

  /** Every request sent so far, oldest first. */
  public List<SentRequest> sentRequests() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  /**
   * Answers requests automatically as they are sent: the function returns the answer (a response or
   * a {@link CstaFailure}), or null to leave the request for {@link #awaitRequest}.
   */
  public void responder(@Nullable Function<SentRequest, @Nullable CstaMessage> responder) {
    this.responder = responder;
  }

  /** Pushes an event to the listener, after everything pushed or answered before it. */
  public void emit(CstaEvent event) {
    Objects.requireNonNull(event, "event");
    if (lifecycle.state() == TransportState.CONNECTED) {
      callbacks.execute(() -> listener.onEvent(event));
    }
  }

  /** Reports a malformed message, as a transport that could not decode one would. */
  public void emitMalformed(String name, String excerpt, Exception problem) {
    callbacks.execute(() -> listener.onMalformedMessage(name, excerpt, problem));
  }

  /** Loses the connection: pending requests fail at once, then the listener hears of it. */
  public void loseConnection(String reason) {
    lose(new ConnectionLostException("connection lost: " + reason));
  }

  /** Makes the next {@link #connect()} fail with this reason. */
  public void failConnect(String reason) {
    this.failConnect = reason;
  }

  private void lose(ConnectionLostException cause) {
    if (lifecycle.lose(cause)) {
      timers.shutdownNow();
    }
  }

  private void answerWith(String requestId, String method, CstaMessage answer) {
    if (answer instanceof CstaFailure) {
      pending.fail(requestId, new CstaFailureException(method, (CstaFailure) answer));
    } else {
      pending.complete(requestId, answer);
    }
  }

  /**
   * The hub method of a request: the name of its model interface, or the method a {@link
   * RawRequest} names.
   */
  static String methodName(CstaRequest<?> request) {
    if (request instanceof RawRequest) {
      return ((RawRequest) request).method();
    }
    Class<?> type = request.getClass();
    if (!type.isInterface()) {
      for (Class<?> i : type.getInterfaces()) {
        if (CstaRequest.class.isAssignableFrom(i)) {
          return i.getSimpleName();
        }
      }
    }
    return type.getSimpleName();
  }
}
