package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.csta4j.model.AnswerCall;
import org.csta4j.model.AnswerCallResponse;
import org.csta4j.model.ClearConnection;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeflectCall;
import org.csta4j.model.DeflectCallResponse;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.HoldCall;
import org.csta4j.model.HoldCallResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RetrieveCall;
import org.csta4j.model.RetrieveCallResponse;
import org.csta4j.model.SetDoNotDisturb;
import org.csta4j.model.SetDoNotDisturbResponse;
import org.csta4j.model.SetForwarding;
import org.csta4j.model.SetForwardingResponse;
import org.csta4j.model.SingleStepTransferCall;
import org.csta4j.model.SingleStepTransferCallResponse;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.TransferCall;
import org.csta4j.model.TransferCallResponse;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Monitor;
import org.csta4j.session.RawEventListener;
import org.csta4j.session.Registration;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CstaSession} the application holds: its requests and convenience methods, monitors and
 * listeners, over the session's components. {@link Recovery} runs the session's life on the {@link
 * EngineLane}; {@link MonitorStarts} starts and stops monitors there; {@link EventRouter} routes
 * events; {@link RequestTracker} tracks requests; {@link Notifier} tells listeners.
 */
@SessionScope
final class DefaultSession implements CstaSession {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultSession.class);

  private final SessionConfig config;
  private final SessionStates states;
  private final EngineLane engine;
  private final Recovery recovery;
  private final RequestTracker requests;
  private final MonitorStarts monitors;
  private final EventRouter router;
  private final Notifier notifier;
  private final Dispatcher dispatcher;

  @Inject
  DefaultSession(
      SessionConfig config,
      SessionStates states,
      EngineLane engine,
      Recovery recovery,
      RequestTracker requests,
      MonitorStarts monitors,
      EventRouter router,
      Notifier notifier,
      Dispatcher dispatcher) {
    this.config = config;
    this.states = states;
    this.engine = engine;
    this.recovery = recovery;
    this.requests = requests;
    this.monitors = monitors;
    this.router = router;
    this.notifier = notifier;
    this.dispatcher = dispatcher;
  }

  /** Connects and logs in for the first time; see {@link org.csta4j.session.CstaClient#connect}. */
  CompletableFuture<CstaSession> start() {
    return recovery.start(this);
  }

  // ------------------------------------------------------------------ requests

  @Override
  public <R extends CstaResponse> CompletableFuture<R> send(CstaRequest<R> request) {
    return send(request, config.requestTimeout());
  }

  @Override
  public <R extends CstaResponse> CompletableFuture<R> send(
      CstaRequest<R> request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(timeout, "timeout");
    return requests.send(
        states.active(), request, timeout, () -> recovery.refusal(requests.methodName(request)));
  }

  @Override
  public CompletableFuture<String> sendRaw(String method, String jsonObject) {
    RawRequest request = RawRequest.of(method, jsonObject);
    return send(request).thenApply(r -> r.payload().map(Object::toString).orElse("null"));
  }

  @Override
  public CompletableFuture<MakeCallResponse> makeCall(String from, String to) {
    return send(MakeCall.of(device("makeCall", "from", from), device("makeCall", "to", to)));
  }

  @Override
  public CompletableFuture<ClearConnectionResponse> clearConnection(ConnectionId connection) {
    return send(ClearConnection.of(connection));
  }

  @Override
  public CompletableFuture<AnswerCallResponse> answer(ConnectionId connection) {
    return send(AnswerCall.of(connection));
  }

  @Override
  public CompletableFuture<HoldCallResponse> hold(ConnectionId connection) {
    return send(HoldCall.of(connection));
  }

  @Override
  public CompletableFuture<RetrieveCallResponse> retrieve(ConnectionId connection) {
    return send(RetrieveCall.of(connection));
  }

  @Override
  public CompletableFuture<TransferCallResponse> transfer(ConnectionId held, ConnectionId active) {
    return send(TransferCall.of(held, active));
  }

  @Override
  public CompletableFuture<SingleStepTransferCallResponse> singleStepTransfer(
      ConnectionId active, String to) {
    return send(SingleStepTransferCall.of(active, device("singleStepTransfer", "to", to)));
  }

  @Override
  public CompletableFuture<DeflectCallResponse> deflect(ConnectionId alerting, String to) {
    return send(DeflectCall.of(alerting, device("deflect", "to", to)));
  }

  @Override
  public CompletableFuture<SetDoNotDisturbResponse> setDoNotDisturb(String device, boolean on) {
    return send(SetDoNotDisturb.of(device("setDoNotDisturb", "device", device), on));
  }

  @Override
  public CompletableFuture<SetForwardingResponse> setForwarding(
      String device, ForwardingType type, String to) {
    return send(
        SetForwarding.of(
            device("setForwarding", "device", device), type, device("setForwarding", "to", to)));
  }

  @Override
  public CompletableFuture<SetForwardingResponse> cancelForwarding(
      String device, ForwardingType type) {
    return send(SetForwarding.off(device("cancelForwarding", "device", device), type));
  }

  @Override
  public CompletableFuture<SnapshotDeviceResponse> snapshot(String device) {
    return send(SnapshotDevice.of(device("snapshot", "device", device)));
  }

  /** A device argument of a convenience method: present and not blank, or a clear error. */
  static String device(String method, String parameter, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(method + ": " + parameter + " must not be blank");
    }
    return value;
  }

  // ------------------------------------------------------------------ monitors

  @Override
  public CompletableFuture<Monitor> monitor(String device) {
    return monitors.monitor(device("monitor", "device", device), null);
  }

  @Override
  public CompletableFuture<Monitor> monitor(
      String device, @Nullable Consumer<? super MonitorEvent> listener) {
    return monitors.monitor(device("monitor", "device", device), listener);
  }

  @Override
  public List<Monitor> monitors() {
    return List.copyOf(monitors.handles());
  }

  // ------------------------------------------------------------------ listeners

  @Override
  public <E extends CstaEvent> Registration on(Class<E> type, Consumer<? super E> listener) {
    return router.on(type, listener);
  }

  @Override
  public Registration onRawEvent(RawEventListener listener) {
    return router.onRaw(listener);
  }

  @Override
  public Registration addListener(SessionListener listener) {
    return notifier.add(listener);
  }

  @Override
  public Flow.Publisher<CstaEvent> events() {
    return router.events();
  }

  // ------------------------------------------------------------------ state

  @Override
  public String sessionId() {
    return recovery.sessionId();
  }

  @Override
  public SessionState state() {
    return states.state();
  }

  @Override
  public int pendingRequests() {
    return requests.pending();
  }

  @Override
  public int queuedEvents() {
    return dispatcher.backlog();
  }

  // ------------------------------------------------------------------ close

  /**
   * The state change happens on the engine lane (waiting for it briefly); what is pending fails at
   * once; then, on the caller's thread, StopApplicationSession (at most the close timeout) and the
   * transport's close.
   */
  @Override
  public void close() {
    if (states.state() == SessionState.CLOSED) {
      return;
    }
    CompletableFuture<SessionStates.@Nullable Closed> onLane = new CompletableFuture<>();
    engine.execute(() -> onLane.complete(recovery.close()));
    SessionStates.Closed closed;
    try {
      closed = onLane.get(config.closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // the engine lane never blocks; should it stall, close here (and, if the lane closed it
      // meanwhile, take what it closed)
      closed = recovery.close();
      if (closed == null) {
        closed = onLane.getNow(null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = recovery.close();
    }
    if (closed == null || closed.last() == null) {
      return;
    }
    Connection c = closed.last();
    if (closed.from() == SessionState.ACTIVE && !c.sessionId.isEmpty()) {
      try {
        requests
            .internal(c, StopApplicationSession.of(c.sessionId), config.closeTimeout())
            .get(config.closeTimeout().toMillis() + 500, TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException | RuntimeException e) {
        LOG.debug("{}: StopApplicationSession: {}", config.name(), Failures.describe(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // a transport's close may wait on its socket; a broken one may never return: close() does not
    // wait for it longer than the close timeout (everything pending has failed already)
    try {
      c.closing(config.ioExecutor()).get(config.closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn(
          "{}: the transport did not close within {}; going on without it",
          config.name(),
          config.closeTimeout());
    } catch (ExecutionException e) {
      LOG.debug("{}: closing the transport: {}", config.name(), Failures.describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.debug("{}: closed", config.name());
  }

  @Override
  public String toString() {
    return "CstaSession{" + config.name() + ", " + states.state() + "}";
  }
}
