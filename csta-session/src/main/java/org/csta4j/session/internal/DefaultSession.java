package org.csta4j.session.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.inject.Inject;
import org.csta4j.model.AnswerCall;
import org.csta4j.model.AnswerCallResponse;
import org.csta4j.model.ApplicationInfo;
import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.ApplicationSpecificInfo;
import org.csta4j.model.ClearConnection;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeflectCall;
import org.csta4j.model.DeflectCallResponse;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.HoldCall;
import org.csta4j.model.HoldCallResponse;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.RawRequest;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.RetrieveCall;
import org.csta4j.model.RetrieveCallResponse;
import org.csta4j.model.SessionError;
import org.csta4j.model.SetDoNotDisturb;
import org.csta4j.model.SetDoNotDisturbResponse;
import org.csta4j.model.SetForwarding;
import org.csta4j.model.SetForwardingResponse;
import org.csta4j.model.SingleStepTransferCall;
import org.csta4j.model.SingleStepTransferCallResponse;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionNegResponse;
import org.csta4j.model.StartApplicationSessionPosResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.TransferCall;
import org.csta4j.model.TransferCallResponse;
import org.csta4j.model.UnknownEvent;
import org.csta4j.session.CallChange;
import org.csta4j.session.CstaSession;
import org.csta4j.session.EventOverflowException;
import org.csta4j.session.Gap;
import org.csta4j.session.LoginFailedException;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.csta4j.session.RawEventListener;
import org.csta4j.session.Registration;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionClosedException;
import org.csta4j.session.SessionException;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.csta4j.session.SessionUnavailableException;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.SerialExecutor;
import org.csta4j.transport.TransportListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session: a state machine on one serial "engine" lane (connect, login, keepalive, loss,
 * reconnect, restore, resync, close), an event path on the transport's own lane (route by cross
 * reference, track calls, queue for dispatch), and the {@link Dispatcher} that runs listeners on
 * the user's executor. Each connection is a {@link Connection}; callbacks of a connection that is
 * no longer current are ignored, so a late answer from a dead transport changes nothing.
 */
@SessionScope
public final class DefaultSession implements CstaSession {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultSession.class);
  private static final AtomicInteger SESSIONS = new AtomicInteger();
  private static final Duration MIN_KEEPALIVE = Duration.ofMillis(100);

  private final SessionConfig config;
  private final Dispatcher dispatcher;
  private final CallTracker tracker;
  private final Clock clock;
  private final Scheduler scheduler;
  private final SerialExecutor engine;
  private final String requestPrefix;
  private final AtomicLong requestSeq = new AtomicLong();
  private final Object lock = new Object();

  private final List<MonitorHandle> monitors = new CopyOnWriteArrayList<>();
  private final Map<String, MonitorHandle> byCrossRef = new ConcurrentHashMap<>();
  private final List<TypedListener<?>> eventListeners = new CopyOnWriteArrayList<>();
  private final List<RawEventListener> rawListeners = new CopyOnWriteArrayList<>();
  private final List<SessionListener> sessionListeners = new CopyOnWriteArrayList<>();
  private final EventPublisher<CstaEvent> publisher;
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

  // guarded by lock
  private SessionState state = SessionState.CONNECTING;
  private @Nullable Connection current;
  private @Nullable Throwable closeCause;

  // set on the engine lane; close() cancels them from any thread
  private volatile Scheduler.@Nullable Cancellable keepalive;
  private volatile Scheduler.@Nullable Cancellable reconnectTimer;

  // engine lane only
  private int attempt;
  private Instant gapBegan = Instant.EPOCH;
  private volatile Throwable gapCause = new SessionException("no gap");
  private Map<String, Map<String, LocalConnectionState>> beforeGap = Map.of();

  private volatile String sessionId = "";

  @Inject
  DefaultSession(
      SessionConfig config,
      Dispatcher dispatcher,
      CallTracker tracker,
      Clock clock,
      Scheduler scheduler) {
    this.config = config;
    this.dispatcher = dispatcher;
    this.tracker = tracker;
    this.clock = clock;
    this.scheduler = scheduler;
    this.engine =
        new SerialExecutor(config.ioExecutor, e -> LOG.error("{}: session task failed", name(), e));
    this.requestPrefix = "csta4j-" + SESSIONS.incrementAndGet() + "-";
    this.publisher =
        new EventPublisher<>(
            "session " + config.name,
            config.executor,
            config.subscriberBuffer,
            e -> fault(SessionFault.Kind.DISPATCH_OVERFLOW, e.getMessage(), e));
    this.sessionListeners.addAll(config.listeners);
  }

  private String name() {
    return config.name;
  }

  // ------------------------------------------------------------------ connect and login

  /** Connects and logs in for the first time. Fails (and closes) if either fails: no retry. */
  public CompletableFuture<CstaSession> start() {
    CompletableFuture<CstaSession> started = new CompletableFuture<>();
    engine.execute(
        () -> {
          Connection c;
          try {
            c = open();
          } catch (RuntimeException e) {
            // the transport refused to be made (a refused URL, say): nothing to retry
            giveUp(e);
            completeOnExecutor(started, null, e);
            return;
          }
          if (c == null) {
            completeOnExecutor(
                started, null, new SessionClosedException(name() + ": closed while connecting"));
            return;
          }
          connectAndLogin(c)
              .whenComplete(
                  (ok, error) ->
                      engine.execute(
                          () -> {
                            if (error == null
                                && transition(SessionState.CONNECTING, SessionState.ACTIVE, null)) {
                              startKeepalive(c);
                              completeOnExecutor(started, this, null);
                              return;
                            }
                            Throwable why =
                                error != null
                                    ? unwrap(error)
                                    : new SessionClosedException(
                                        name() + ": closed while connecting");
                            c.transport.close(); // before the caller hears of the failure
                            giveUp(why);
                            completeOnExecutor(started, null, why);
                          }));
        });
    return started;
  }

  /** Makes a new transport the current connection, unless the session is closed. */
  private @Nullable Connection open() {
    Connection c = new Connection();
    CstaTransport t = config.transportFactory.create(config.transportConfig, c);
    c.transport = t;
    synchronized (lock) {
      if (state == SessionState.CLOSED) {
        t.close();
        return null;
      }
      current = c;
    }
    return c;
  }

  private CompletableFuture<Void> connectAndLogin(Connection c) {
    return c.transport.connect().toCompletableFuture().thenCompose(v -> login(c));
  }

  private CompletableFuture<Void> login(Connection c) {
    StartApplicationSession request =
        StartApplicationSession.builder()
            .applicationInfo(
                ApplicationInfo.builder()
                    .applicationId(config.applicationId)
                    .applicationSpecificInfo(
                        ApplicationSpecificInfo.of(
                            config.userId, new String(config.password), config.pbxDomain))
                    .build())
            .requestedSessionDuration(config.sessionDuration)
            .build();
    return internalSend(c, request, config.requestTimeout)
        .handle(
            (StartApplicationSessionPosResponse pos, Throwable error) -> {
              if (error != null) {
                throw new CompletionException(loginFailure(unwrap(error)));
              }
              c.sessionId = pos.sessionId();
              c.granted = pos.actualSessionDuration();
              sessionId = pos.sessionId();
              return null;
            });
  }

  private Throwable loginFailure(Throwable error) {
    if (!(error instanceof CstaFailureException)) {
      return error;
    }
    CstaFailure f = ((CstaFailureException) error).failure();
    boolean permanent;
    if (f instanceof StartApplicationSessionNegResponse) {
      Optional<SessionError> defined =
          ((StartApplicationSessionNegResponse) f).errorCode().definedError();
      permanent =
          defined.isEmpty()
              || defined.get() == SessionError.INVALID_APPLICATION_INFO
              || defined.get() == SessionError.REQUESTED_PROTOCOL_VERSION_NOT_SUPPORTED;
    } else {
      permanent = f.errorCategory().toLowerCase(java.util.Locale.ROOT).contains("security");
    }
    return new LoginFailedException(
        "login as "
            + config.userId
            + "@"
            + config.pbxDomain
            + " refused: "
            + f.errorCategory()
            + "/"
            + f.errorValue()
            + (permanent ? " (not retried: check the credentials)" : ""),
        f,
        permanent);
  }

  // ------------------------------------------------------------------ keepalive

  private void startKeepalive(Connection c) {
    Duration half = c.granted.dividedBy(2);
    Duration interval =
        config.keepaliveInterval.compareTo(half) < 0 ? config.keepaliveInterval : half;
    if (interval.compareTo(MIN_KEEPALIVE) < 0) {
      interval = MIN_KEEPALIVE;
    }
    Duration wait = interval;
    cancelKeepalive();
    keepalive = scheduler.schedule(wait, () -> engine.execute(() -> keepalive(c, wait)));
  }

  private void cancelKeepalive() {
    Scheduler.Cancellable k = keepalive;
    keepalive = null;
    if (k != null) {
      k.cancel();
    }
  }

  private void keepalive(Connection c, Duration interval) {
    if (!isCurrent(c) || state() != SessionState.ACTIVE) {
      return;
    }
    Duration timeout =
        config.requestTimeout.compareTo(interval) < 0 ? config.requestTimeout : interval;
    internalSend(c, ResetApplicationSessionTimer.of(c.sessionId, config.sessionDuration), timeout)
        .whenComplete(
            (pos, error) ->
                engine.execute(
                    () -> {
                      if (error == null) {
                        c.granted = pos.actualSessionDuration();
                        if (isCurrent(c) && state() == SessionState.ACTIVE) {
                          startKeepalive(c);
                        }
                        return;
                      }
                      Throwable why = unwrap(error);
                      if (why instanceof CstaFailureException) {
                        lost(c, SessionFault.Kind.SESSION_TERMINATED, why);
                      } else if (why instanceof RequestTimeoutException) {
                        lost(
                            c,
                            SessionFault.Kind.KEEPALIVE_FAILED,
                            new SessionException(
                                name()
                                    + ": keepalive unanswered for "
                                    + timeout
                                    + "; connection taken as dead",
                                why));
                      } else {
                        lost(c, SessionFault.Kind.CONNECTION_LOST, why);
                      }
                    }));
  }

  // ------------------------------------------------------------------ loss and recovery

  /** On the engine lane: the connection {@code c} is no longer usable. */
  private void lost(Connection c, SessionFault.Kind kind, Throwable cause) {
    if (c.lost || !isCurrent(c)) {
      return;
    }
    c.lost = true;
    SessionState s = state();
    if (s == SessionState.CLOSED) {
      return;
    }
    fault(kind, describe(cause), cause);
    if (s == SessionState.ACTIVE) {
      beginRecovery(c, cause);
    } else if (s == SessionState.RECONNECTING) {
      attemptFailed(c, cause);
    }
    // CONNECTING: the first connect's own chain fails and reports it
  }

  private void beginRecovery(Connection c, Throwable cause) {
    cancelKeepalive();
    if (!transition(SessionState.ACTIVE, SessionState.RECONNECTING, cause)) {
      return;
    }
    gapBegan = clock.instant();
    gapCause = cause;
    beforeGap = tracker.all();
    attempt = 0;
    for (MonitorHandle h : monitors) {
      h.suspend();
    }
    detach(c);
    closeTransport(c);
    if (config.reconnectPolicy.giveUp(0, Duration.ZERO)) {
      giveUp(
          new SessionClosedException(name() + ": connection lost and reconnecting is off", cause));
      return;
    }
    scheduleAttempt();
  }

  private void scheduleAttempt() {
    attempt++;
    Duration delay = config.reconnectPolicy.delayBefore(attempt, config.random::nextDouble);
    int n = attempt;
    LOG.debug("{}: reconnect attempt {} in {}", name(), n, delay);
    reconnectTimer = scheduler.schedule(delay, () -> engine.execute(() -> reconnect(n)));
  }

  private void reconnect(int n) {
    if (state() != SessionState.RECONNECTING || n != attempt) {
      return;
    }
    Connection c;
    try {
      c = open();
    } catch (RuntimeException e) {
      attemptFailed(null, e);
      return;
    }
    if (c == null) {
      return;
    }
    connectAndLogin(c)
        .thenCompose(v -> restoreMonitors(c))
        .thenCompose(v -> resync(c))
        .whenComplete(
            (resync, error) ->
                engine.execute(
                    () -> {
                      if (error != null) {
                        attemptFailed(c, unwrap(error));
                      } else {
                        recovered(c, resync);
                      }
                    }));
  }

  /** Starts every monitor again (in parallel) and binds the new cross references to the handles. */
  private CompletableFuture<Void> restoreMonitors(Connection c) {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (MonitorHandle h : monitors) {
      if (h.state() != MonitorState.SUSPENDED) {
        continue;
      }
      all.add(
          internalSend(c, MonitorStart.device(h.device()), config.requestTimeout)
              .handle(
                  (MonitorStartResponse r, Throwable error) -> {
                    if (error == null) {
                      bind(h, r.monitorCrossRefId());
                      return null;
                    }
                    Throwable why = unwrap(error);
                    if (why instanceof CstaFailureException) {
                      h.lose();
                      byCrossRef.remove(h.crossRefId(), h);
                      fault(
                          SessionFault.Kind.MONITOR_RESTORE_FAILED,
                          "monitor on " + h.device() + " not restored: " + describe(why),
                          why);
                      return null;
                    }
                    throw new CompletionException(why);
                  }));
    }
    return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]));
  }

  /** Snapshots every restored device; the snapshot replaces the tracked calls in event order. */
  private CompletableFuture<Resync> resync(Connection c) {
    Resync result = new Resync();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (MonitorHandle h : monitors) {
      if (h.state() == MonitorState.LOST) {
        result.failed.add(h.device());
        continue;
      }
      if (h.state() != MonitorState.ACTIVE) {
        continue;
      }
      if (!config.callTracking) {
        continue;
      }
      all.add(
          internalSend(c, SnapshotDevice.of(h.device()), config.requestTimeout)
              .handle(
                  (SnapshotDeviceResponse r, Throwable error) -> {
                    if (error == null) {
                      tracker.replace(h.device(), r);
                      result.resynced.add(h.device());
                      return null;
                    }
                    Throwable why = unwrap(error);
                    if (why instanceof CstaFailureException) {
                      result.failed.add(h.device());
                      fault(
                          SessionFault.Kind.RESYNC_FAILED,
                          "snapshot of " + h.device() + " failed: " + describe(why),
                          why);
                      return null;
                    }
                    throw new CompletionException(why);
                  }));
    }
    return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).thenApply(v -> result);
  }

  private void recovered(Connection c, Resync resync) {
    if (!isCurrent(c) || c.lost) {
      return;
    }
    Instant ended = clock.instant();
    List<CallChange> changes = CallTracker.diff(beforeGap, tracker.all(), resync.resynced);
    Gap gap = new Gap(gapBegan, ended, gapCause, changes, resync.resynced, resync.failed);
    dispatcher.control(() -> notifyListeners(l -> l.onGap(gap)));
    if (!transition(SessionState.RECONNECTING, SessionState.ACTIVE, null)) {
      closeTransport(c);
      return;
    }
    attempt = 0;
    beforeGap = Map.of();
    startKeepalive(c);
    LOG.info(
        "{}: restored after {} ({} monitors, {} call changes)",
        name(),
        gap.duration(),
        monitors.size(),
        changes.size());
  }

  private void attemptFailed(@Nullable Connection c, Throwable cause) {
    if (c != null) {
      if (c.attemptOver) {
        return;
      }
      c.attemptOver = true;
      c.lost = true;
      detach(c);
      closeTransport(c);
    }
    if (state() != SessionState.RECONNECTING) {
      return;
    }
    if (cause instanceof LoginFailedException && ((LoginFailedException) cause).isPermanent()) {
      fault(SessionFault.Kind.RECONNECT_FAILED, describe(cause), cause);
      giveUp(cause);
      return;
    }
    fault(
        SessionFault.Kind.RECONNECT_FAILED,
        "reconnect attempt " + attempt + " failed: " + describe(cause),
        cause);
    Duration elapsed = Duration.between(gapBegan, clock.instant());
    if (config.reconnectPolicy.giveUp(attempt, elapsed)) {
      giveUp(
          new SessionClosedException(
              name() + ": gave up reconnecting after " + attempt + " attempts in " + elapsed,
              cause));
      return;
    }
    scheduleAttempt();
  }

  /** Ends the session without a connection to say goodbye on. */
  private void giveUp(Throwable cause) {
    SessionState from;
    synchronized (lock) {
      from = state;
      if (from == SessionState.CLOSED) {
        return;
      }
      state = SessionState.CLOSED;
      closeCause = cause;
      current = null;
    }
    LOG.warn("{}: closed: {}", name(), describe(cause));
    finish(from, cause);
  }

  // ------------------------------------------------------------------ events

  /** On the transport's event lane, in arrival order. */
  private void received(Connection c, CstaEvent event) {
    if (!isCurrent(c) || c.overflowed) {
      return;
    }
    if (event instanceof ApplicationSessionTerminated) {
      ApplicationSessionTerminated t = (ApplicationSessionTerminated) event;
      engine.execute(
          () ->
              lost(
                  c,
                  SessionFault.Kind.SESSION_TERMINATED,
                  new SessionException(
                      name()
                          + ": the gateway terminated session "
                          + t.sessionId()
                          + " ("
                          + t.sessionTermReason()
                          + ")")));
    }
    MonitorHandle h = null;
    if (event instanceof MonitorEvent) {
      h = byCrossRef.get(((MonitorEvent) event).monitorCrossRefId());
      if (h != null && config.callTracking) {
        tracker.apply(h.device(), (MonitorEvent) event);
      }
    }
    MonitorHandle monitor = h;
    if (!dispatcher.offerEvent(() -> deliver(event, monitor))) {
      c.overflowed = true;
      EventOverflowException overflow =
          new EventOverflowException(
              name()
                  + ": "
                  + config.dispatchCapacity
                  + " events wait for listeners; dispatch queue full, recovering and resynchronising");
      engine.execute(() -> lost(c, SessionFault.Kind.DISPATCH_OVERFLOW, overflow));
    }
  }

  /** On the dispatcher: every listener that wants this event. */
  private void deliver(CstaEvent event, @Nullable MonitorHandle monitor) {
    for (TypedListener<?> l : eventListeners) {
      l.offer(event);
    }
    if (monitor != null && monitor.state() != MonitorState.STOPPED) {
      monitor.deliver((MonitorEvent) event);
    }
    if (!rawListeners.isEmpty()) {
      String eventName =
          event instanceof UnknownEvent
              ? ((UnknownEvent) event).name()
              : config.codec.registry().eventName(event);
      String json = new String(config.codec.encode(event), StandardCharsets.UTF_8);
      for (RawEventListener l : rawListeners) {
        invoke("raw event listener", () -> l.onEvent(eventName, json));
      }
    }
    if (publisher.hasSubscribers()) {
      publisher.publish(event);
    }
  }

  /** Runs a listener, reporting what it throws and when it is slow. */
  void invoke(String what, Runnable listener) {
    long t0 = System.nanoTime();
    try {
      listener.run();
    } catch (RuntimeException e) {
      fault(SessionFault.Kind.LISTENER_FAILED, "a " + what + " threw " + e, e);
    }
    long took = System.nanoTime() - t0;
    if (took > config.slowListenerThreshold.toNanos()) {
      fault(
          SessionFault.Kind.SLOW_LISTENER,
          "a "
              + what
              + " took "
              + TimeUnit.NANOSECONDS.toMillis(took)
              + " ms; events wait behind it",
          null);
    }
  }

  /** Reports a fault to session listeners, on the dispatcher. */
  void fault(SessionFault.Kind kind, String message, @Nullable Throwable cause) {
    SessionFault f = new SessionFault(kind, message, cause, clock.instant());
    if (kind == SessionFault.Kind.LISTENER_FAILED) {
      LOG.warn("{}: {}", name(), message, cause);
    } else {
      LOG.info("{}: {}: {}", name(), kind, message);
    }
    dispatcher.control(() -> notifyListeners(l -> l.onFault(f)));
  }

  private void notifyListeners(Consumer<SessionListener> call) {
    for (SessionListener l : sessionListeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("{}: a session listener threw", name(), e);
      }
    }
  }

  // ------------------------------------------------------------------ requests

  @Override
  public <R extends CstaResponse> CompletableFuture<R> send(CstaRequest<R> request) {
    return send(request, config.requestTimeout);
  }

  @Override
  public <R extends CstaResponse> CompletableFuture<R> send(
      CstaRequest<R> request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(timeout, "timeout");
    CompletableFuture<R> result = new CompletableFuture<>();
    Connection c = activeConnection();
    if (c == null) {
      result.completeExceptionally(refusal(methodName(request)));
      return result;
    }
    pending.add(result);
    CompletableFuture<R> sent;
    try {
      sent = internalSend(c, request, timeout);
    } catch (IllegalArgumentException e) {
      pending.remove(result);
      result.completeExceptionally(e);
      return result;
    }
    sent.whenComplete(
        (r, error) -> {
          pending.remove(result);
          completeOnExecutor(result, r, error == null ? null : unwrap(error));
        });
    return result;
  }

  /** Why a request cannot be sent now: the session is closed, or not (yet or again) active. */
  private SessionException refusal(String method) {
    SessionState s;
    Throwable why;
    synchronized (lock) {
      s = state;
      why = closeCause;
    }
    if (s == SessionState.CLOSED) {
      return why == null
          ? new SessionClosedException(method + ": the session is closed")
          : new SessionClosedException(method + ": the session is closed: " + describe(why), why);
    }
    return new SessionUnavailableException(
        method + ": not sent, the session is " + s + "; retry when it is ACTIVE again",
        s == SessionState.RECONNECTING ? gapCause : null);
  }

  private <R extends CstaResponse> CompletableFuture<R> internalSend(
      Connection c, CstaRequest<R> request, Duration timeout) {
    RequestOptions options =
        RequestOptions.of(timeout, requestPrefix + requestSeq.incrementAndGet());
    return c.transport.send(request, options).toCompletableFuture();
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
  private static String device(String method, String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(method + ": " + parameter + " must not be blank");
    }
    return value;
  }

  // ------------------------------------------------------------------ monitors

  @Override
  public CompletableFuture<Monitor> monitor(String device) {
    return monitor(device, null);
  }

  @Override
  public CompletableFuture<Monitor> monitor(
      String device, @Nullable Consumer<? super MonitorEvent> listener) {
    device("monitor", "device", device);
    for (MonitorHandle h : monitors) {
      if (h.device().equals(device) && h.state() != MonitorState.STOPPED) {
        if (listener != null) {
          h.on(MonitorEvent.class, listener);
        }
        return CompletableFuture.completedFuture(h);
      }
    }
    CompletableFuture<Monitor> result = new CompletableFuture<>();
    Connection c = activeConnection();
    if (c == null) {
      result.completeExceptionally(refusal("MonitorStart"));
      return result;
    }
    MonitorHandle h = new MonitorHandle(this, device, config);
    if (listener != null) {
      h.on(MonitorEvent.class, listener); // before the gateway can send the first event
    }
    pending.add(result);
    internalSend(c, MonitorStart.device(device), config.requestTimeout)
        .whenComplete(
            (r, error) -> {
              // on the transport's lane: bound before any event of the new monitor is routed
              if (error == null) {
                synchronized (lock) {
                  monitors.add(h);
                }
                tracker.track(device);
                bind(h, r.monitorCrossRefId());
              }
              pending.remove(result);
              completeOnExecutor(
                  result, error == null ? h : null, error == null ? null : unwrap(error));
            });
    return result;
  }

  private void bind(MonitorHandle h, String crossRefId) {
    String old = h.crossRefId();
    if (!old.isEmpty()) {
      byCrossRef.remove(old, h);
    }
    byCrossRef.put(crossRefId, h);
    h.activate(crossRefId);
  }

  /** Stops a monitor at the gateway (if connected) and locally. */
  CompletableFuture<Void> stop(MonitorHandle h) {
    String ref = h.crossRefId();
    boolean wasActive = h.state() == MonitorState.ACTIVE;
    h.stopLocally();
    monitors.remove(h);
    byCrossRef.remove(ref, h);
    tracker.forget(h.device());
    if (!wasActive || state() != SessionState.ACTIVE) {
      return CompletableFuture.completedFuture(null);
    }
    return send(MonitorStop.of(ref)).thenApply(r -> null);
  }

  @Override
  public List<Monitor> monitors() {
    return List.copyOf(monitors);
  }

  Map<String, LocalConnectionState> calls(String device) {
    return tracker.calls(device);
  }

  // ------------------------------------------------------------------ listeners

  @Override
  public <E extends CstaEvent> Registration on(Class<E> type, Consumer<? super E> listener) {
    TypedListener<E> l =
        new TypedListener<>(type, listener, this, "listener for " + type.getSimpleName());
    eventListeners.add(l);
    return () -> eventListeners.remove(l);
  }

  @Override
  public Registration onRawEvent(RawEventListener listener) {
    Objects.requireNonNull(listener, "listener");
    rawListeners.add(listener);
    return () -> rawListeners.remove(listener);
  }

  @Override
  public Registration addListener(SessionListener listener) {
    Objects.requireNonNull(listener, "listener");
    sessionListeners.add(listener);
    return () -> sessionListeners.remove(listener);
  }

  @Override
  public Flow.Publisher<CstaEvent> events() {
    return publisher;
  }

  // ------------------------------------------------------------------ state

  @Override
  public String sessionId() {
    return sessionId;
  }

  @Override
  public SessionState state() {
    synchronized (lock) {
      return state;
    }
  }

  private boolean transition(SessionState from, SessionState to, @Nullable Throwable cause) {
    synchronized (lock) {
      if (state != from) {
        return false;
      }
      state = to;
    }
    LOG.debug("{}: {} -> {}", name(), from, to);
    dispatcher.control(() -> notifyListeners(l -> l.onStateChanged(from, to, cause)));
    return true;
  }

  private boolean isCurrent(Connection c) {
    synchronized (lock) {
      return current == c;
    }
  }

  private @Nullable Connection activeConnection() {
    synchronized (lock) {
      return state == SessionState.ACTIVE ? current : null;
    }
  }

  private void detach(Connection c) {
    synchronized (lock) {
      if (current == c) {
        current = null;
      }
    }
  }

  // ------------------------------------------------------------------ close

  @Override
  public void close() {
    SessionState from;
    Connection c;
    synchronized (lock) {
      from = state;
      if (from == SessionState.CLOSED) {
        return;
      }
      state = SessionState.CLOSED;
      c = current;
      current = null;
    }
    cancelKeepalive();
    Scheduler.Cancellable r = reconnectTimer;
    if (r != null) {
      r.cancel();
    }
    if (c != null) {
      if (from == SessionState.ACTIVE && !c.sessionId.isEmpty()) {
        try {
          internalSend(c, StopApplicationSession.of(c.sessionId), config.closeTimeout)
              .get(config.closeTimeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
          LOG.debug("{}: StopApplicationSession: {}", name(), describe(e));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      c.transport.close();
    }
    finish(from, null);
    LOG.debug("{}: closed", name());
  }

  /** After the state became CLOSED: ends monitors, streams and whatever is still pending. */
  private void finish(SessionState from, @Nullable Throwable cause) {
    for (MonitorHandle h : monitors) {
      h.stopLocally();
    }
    publisher.complete();
    for (CompletableFuture<?> f : List.copyOf(pending)) {
      SessionClosedException closed =
          cause == null
              ? new SessionClosedException(name() + ": the session was closed")
              : new SessionClosedException(
                  name() + ": the session closed: " + describe(cause), cause);
      completeOnExecutor(f, null, closed);
    }
    pending.clear();
    dispatcher.control(
        () -> notifyListeners(l -> l.onStateChanged(from, SessionState.CLOSED, cause)));
  }

  private void closeTransport(Connection c) {
    try {
      config.ioExecutor.execute(c.transport::close);
    } catch (RejectedExecutionException e) {
      c.transport.close();
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Completes a user's future on the user's executor, never on a transport thread. */
  @SuppressWarnings("unchecked")
  <T> void completeOnExecutor(
      CompletableFuture<T> f, @Nullable Object value, @Nullable Throwable error) {
    Runnable complete =
        () -> {
          if (error != null) {
            f.completeExceptionally(error);
          } else {
            f.complete((T) value);
          }
        };
    try {
      config.executor.execute(complete);
    } catch (RejectedExecutionException e) {
      complete.run();
    }
  }

  static Throwable unwrap(Throwable t) {
    Throwable x = t;
    while ((x instanceof CompletionException || x instanceof ExecutionException)
        && x.getCause() != null) {
      x = x.getCause();
    }
    return x;
  }

  static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  /** The hub method of a request, by the codec's registry (the one table of names). */
  private String methodName(CstaRequest<?> request) {
    try {
      return config.codec.registry().methodName(request);
    } catch (IllegalArgumentException notModelled) {
      return request.getClass().getSimpleName(); // a request type of the application's own
    }
  }

  /** The outcome of a resync: which devices were snapshotted, which not. */
  private static final class Resync {
    final Set<String> resynced = ConcurrentHashMap.newKeySet();
    final Set<String> failed = ConcurrentHashMap.newKeySet();
  }

  /** One transport and what the session knows of it; also that transport's listener. */
  private final class Connection implements TransportListener {
    CstaTransport transport;
    volatile String sessionId = "";
    volatile Duration granted = Duration.ofMinutes(2);
    volatile boolean lost;
    volatile boolean overflowed;
    boolean attemptOver;

    @Override
    public void onEvent(CstaEvent event) {
      received(this, event);
    }

    @Override
    public void onConnectionLost(ConnectionLostException cause) {
      engine.execute(() -> lost(this, SessionFault.Kind.CONNECTION_LOST, cause));
    }

    @Override
    public void onMalformedMessage(String name, String excerpt, Exception problem) {
      if (isCurrent(this)) {
        fault(
            SessionFault.Kind.MALFORMED_MESSAGE,
            "could not decode " + name + ": " + describe(problem) + " in " + excerpt,
            problem);
      }
    }
  }
}
