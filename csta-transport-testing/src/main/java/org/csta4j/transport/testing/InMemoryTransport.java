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
import org.csta4j.model.internal.Threads;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.support.PendingRequests;
import org.csta4j.transport.support.SerialExecutor;
import org.csta4j.transport.support.TransportLifecycle;
import org.jspecify.annotations.Nullable;

/**
 * A transport with a scripted gateway behind it, for unit tests of code above the SPI (the
 * session's logic). It keeps the whole SPI contract. The test plays the gateway: it takes the
 * requests sent ({@link #awaitRequest}) and answers them, or installs an automatic {@link
 * #responder}; it pushes events ({@link #emit}); it loses the connection ({@link #loseConnection}).
 * Integration tests use the real SignalR transport against the simulator instead.
 *
 * <p>It can also play a transport with stateful reconnect: {@link #interrupt} takes the socket away
 * (the listener hears {@link TransportListener#onInterrupted}), and then {@link #resume} brings it
 * back within the gateway's window ({@link TransportListener#onResumed}, and nothing lost) or
 * {@link #loseConnection} ends it. While interrupted, what the gateway sends ({@link #emit}, {@link
 * SentRequest#respond}, {@link SentRequest#refuse}, {@link #emitMalformed}) is held, in order, and
 * requests sent are held from the gateway (neither the responder nor {@link #awaitRequest} sees
 * them); {@link #resume} lets both through in order, {@link #loseConnection} drops them (the
 * pending requests fail with the loss). Request timeouts run on throughout.
 *
 * <p>Thread-safe: the code under test and the test may call it from any thread. Callbacks and
 * completions run on the config's callback executor, in order, one at a time.
 */
public final class InMemoryTransport implements CstaTransport {
  /**
   * A request as the gateway received it; answer it once ({@link #respond} or {@link #refuse}). An
   * answer after the request timed out, or after a loss or close, is dropped, as a real transport
   * drops a late one.
   */
  public final class SentRequest {
    private final String method;
    private final CstaRequest<?> request;
    private final String requestId;

    SentRequest(String method, CstaRequest<?> request, String requestId) {
      this.method = method;
      this.request = request;
      this.requestId = requestId;
    }

    /**
     * {@return the hub method, e.g. {@code "MakeCall"}, or the method a {@link RawRequest} names}
     */
    public String method() {
      return method;
    }

    /** {@return the request as the code under test sent it} */
    public CstaRequest<?> request() {
      return request;
    }

    /** {@return the {@code privateData.requestId} the transport put on it} */
    public String requestId() {
      return requestId;
    }

    /**
     * Answers with a response of the request's type, or with a {@link CstaFailure} (the request
     * then fails with a {@link CstaFailureException}).
     *
     * @param answer the response or failure
     */
    public void respond(CstaMessage answer) {
      Objects.requireNonNull(answer, "answer");
      fromGateway(() -> answerWith(requestId, method, answer));
    }

    /**
     * Refuses the request as a gateway does with an error of its own (a SignalR Completion error):
     * the request fails with a {@link GatewayRefusedException} carrying these words.
     *
     * @param gatewayError the gateway's words, e.g. {@code "Unknown hub method 'ParkCall'"}
     */
    public void refuse(String gatewayError) {
      Objects.requireNonNull(gatewayError, "gatewayError");
      fromGateway(() -> pending.fail(requestId, new GatewayRefusedException(method, gatewayError)));
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
  // guarded by itself: while interrupted, what each side sent is held here, in order
  private final Object flow = new Object();
  private boolean holding;
  private final List<Runnable> heldFromGateway = new ArrayList<>();
  private final List<SentRequest> heldToGateway = new ArrayList<>();

  private InMemoryTransport(TransportConfig config, TransportListener listener) {
    this.config = config;
    this.listener = listener;
    this.callbacks =
        new SerialExecutor(
            config.callbackExecutor(),
            e -> {
              /* a listener's own failure */
            });
    this.timers = Executors.newSingleThreadScheduledExecutor(Threads.named("csta-inmemory-timer"));
    this.pending = new PendingRequests(timers, callbacks);
    this.lifecycle = new TransportLifecycle(listener, callbacks, pending);
  }

  /**
   * {@return a transport in state NEW} It starts one daemon timer thread, ended by close or loss.
   *
   * @param config its gateway (any URI) and callback executor; the other settings are kept but
   *     unused
   * @param listener told of events, state changes and loss
   */
  public static InMemoryTransport create(TransportConfig config, TransportListener listener) {
    return new InMemoryTransport(
        Objects.requireNonNull(config, "config"), Objects.requireNonNull(listener, "listener"));
  }

  /** {@return the config it was made with} */
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
    synchronized (flow) {
      if (holding) {
        heldToGateway.add(sent);
        return (CompletionStage<R>) (CompletionStage<?>) future;
      }
    }
    toGateway(sent);
    return (CompletionStage<R>) (CompletionStage<?>) future;
  }

  /** The gateway gets a request: the responder answers it, or it waits for awaitRequest. */
  private void toGateway(SentRequest sent) {
    Function<SentRequest, @Nullable CstaMessage> auto = responder;
    CstaMessage answer = auto == null ? null : auto.apply(sent);
    if (answer != null) {
      sent.respond(answer);
    } else {
      received.add(sent);
    }
  }

  /** What the gateway sends: now, or held until the interrupted connection resumes. */
  private void fromGateway(Runnable message) {
    synchronized (flow) {
      if (holding) {
        heldFromGateway.add(message);
        return;
      }
      message.run();
    }
  }

  @Override
  public TransportState state() {
    return lifecycle.state();
  }

  @Override
  public void close() {
    if (lifecycle.close()) {
      dropHeld();
      timers.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- the gateway's side

  /**
   * {@return the next request sent and not answered by the {@link #responder}}
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none is sent in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public SentRequest awaitRequest(Duration timeout) throws InterruptedException {
    SentRequest r = received.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (r == null) {
      throw new AssertionError("no request was sent within " + timeout);
    }
    return r;
  }

  /** {@return every request sent so far, answered or not, oldest first; a snapshot} */
  public List<SentRequest> sentRequests() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  /**
   * Answers requests automatically as they are sent: the function returns the answer (a response or
   * a {@link CstaFailure}), or null to leave the request for {@link #awaitRequest}. It runs on the
   * thread that sends, before {@code send} returns; for a request held by an interruption, on the
   * thread that calls {@link #resume}.
   *
   * @param responder the function, or null to answer nothing automatically from now on
   */
  public void responder(@Nullable Function<SentRequest, @Nullable CstaMessage> responder) {
    this.responder = responder;
  }

  /**
   * Pushes an event to the listener, after everything pushed before it; ignored unless connected.
   *
   * @param event the event, as the transport would have decoded it
   */
  public void emit(CstaEvent event) {
    Objects.requireNonNull(event, "event");
    if (lifecycle.state() == TransportState.CONNECTED) {
      fromGateway(() -> callbacks.execute(() -> listener.onEvent(event)));
    }
  }

  /**
   * Reports a malformed message, as a transport that could not decode one would.
   *
   * @param name the message's hub target or kind
   * @param excerpt the start of the message
   * @param problem why it could not be decoded
   */
  public void emitMalformed(String name, String excerpt, Exception problem) {
    fromGateway(() -> callbacks.execute(() -> listener.onMalformedMessage(name, excerpt, problem)));
  }

  /**
   * Takes the socket away as a transport with stateful reconnect loses it: the listener hears
   * {@link TransportListener#onInterrupted} with a {@link TransportException} naming the reason;
   * the state stays CONNECTED; from now on, until {@link #resume} or {@link #loseConnection}, what
   * either side sends is held (see the class comment) while request timeouts run on.
   *
   * @param reason put in the exception's message
   * @return true if it interrupted the connection; false if the transport is not connected or is
   *     interrupted already
   */
  public boolean interrupt(String reason) {
    Objects.requireNonNull(reason, "reason");
    synchronized (flow) {
      if (!lifecycle.interrupt(new TransportException("connection interrupted: " + reason))) {
        return false;
      }
      holding = true;
      return true;
    }
  }

  /**
   * Brings the interrupted connection back within the gateway's window: the listener hears {@link
   * TransportListener#onResumed}, then what the gateway sent meanwhile arrives in order, and the
   * requests sent meanwhile reach the gateway (the responder or {@link #awaitRequest}), oldest
   * first. Nothing is lost or repeated; an answer to a request that timed out meanwhile is dropped.
   *
   * @return true if it resumed the connection; false if it was not interrupted (or lost or closed)
   */
  public boolean resume() {
    synchronized (flow) {
      if (!lifecycle.resume()) {
        return false;
      }
      holding = false;
      List<Runnable> inbound = List.copyOf(heldFromGateway);
      List<SentRequest> outbound = List.copyOf(heldToGateway);
      heldFromGateway.clear();
      heldToGateway.clear();
      inbound.forEach(Runnable::run);
      outbound.forEach(this::toGateway);
      return true;
    }
  }

  /** {@return whether the connection is interrupted now (connected, its socket being resumed)} */
  public boolean isInterrupted() {
    return lifecycle.interrupted();
  }

  /**
   * Loses the connection: pending requests fail at once, then the listener hears of it; nothing
   * happens if it is lost or closed already. It also ends an interruption (the resume failed):
   * whatever was held is dropped.
   *
   * @param reason put in the {@link ConnectionLostException}'s message
   */
  public void loseConnection(String reason) {
    lose(new ConnectionLostException("connection lost: " + reason));
  }

  /**
   * Makes {@link #connect()} fail with a {@link ConnectionLostException} naming this reason.
   *
   * @param reason put in the exception's message
   */
  public void failConnect(String reason) {
    this.failConnect = reason;
  }

  private void lose(ConnectionLostException cause) {
    if (lifecycle.lose(cause)) {
      dropHeld();
      timers.shutdownNow();
    }
  }

  private void dropHeld() {
    synchronized (flow) {
      holding = false;
      heldFromGateway.clear();
      heldToGateway.clear();
    }
  }

  private void answerWith(String requestId, String method, CstaMessage answer) {
    if (answer instanceof CstaFailure failure) {
      pending.fail(requestId, new CstaFailureException(method, failure));
    } else {
      pending.complete(requestId, answer);
    }
  }

  /**
   * The hub method of a request: the name of its model interface, or the method a {@link
   * RawRequest} names.
   */
  static String methodName(CstaRequest<?> request) {
    if (request instanceof RawRequest raw) {
      return raw.method();
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
