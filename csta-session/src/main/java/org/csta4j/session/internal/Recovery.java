package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.LoginFailedException;
import org.csta4j.session.MonitorState;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionClosedException;
import org.csta4j.session.SessionException;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's life on the engine lane: the first connect and login, the loss of a connection
 * (however it is noticed), reconnect attempts with backoff, the commit of a successful attempt
 * (monitors restored, calls resynchronised, one {@link Gap}), giving up, and closing. Every
 * attempt, the first connect included, is bounded by {@link SessionConfig#attemptDeadline()} even
 * if its transport never answers. The transitions it makes are the tables of {@link SessionStates}
 * and {@link MonitorHandle}.
 */
@SessionScope
final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  private final SessionConfig config;
  private final String name;
  private final SessionStates states;
  private final EngineLane engine;
  private final Notifier notifier;
  private final RequestTracker requests;
  private final Login login;
  private final Keepalive keepalive;
  private final MonitorRegistry registry;
  private final EventRouter router;
  private final CallTracker tracker;
  private final Connector connector;
  private final ConnectionEvents events;
  private final StrayMonitors strays;

  private volatile String sessionId = "";
  private volatile Throwable gapCause = new SessionException("no gap");

  // engine lane only
  private @Nullable CstaSession self;
  private @Nullable CompletableFuture<CstaSession> first;
  private boolean firstSettled;
  private int attempt;
  private Instant gapBegan = Instant.EPOCH;
  private Instant attemptBegan = Instant.EPOCH;
  private Map<String, Map<String, LocalConnectionState>> beforeGap = Map.of();
  private Scheduler.@Nullable Cancellable reconnectTimer;

  @Inject
  Recovery(
      SessionConfig config,
      SessionStates states,
      EngineLane engine,
      Notifier notifier,
      RequestTracker requests,
      Login login,
      Keepalive keepalive,
      MonitorRegistry registry,
      EventRouter router,
      CallTracker tracker,
      Connector connector,
      Interruptions interruptions,
      StrayMonitors strays) {
    this.config = config;
    this.name = config.name();
    this.states = states;
    this.engine = engine;
    this.notifier = notifier;
    this.requests = requests;
    this.login = login;
    this.keepalive = keepalive;
    this.registry = registry;
    this.router = router;
    this.tracker = tracker;
    this.connector = connector;
    this.strays = strays;
    this.events =
        new ConnectionEvents(config, states, engine, router, notifier, interruptions, this::lost);
  }

  String sessionId() {
    return sessionId;
  }

  // ------------------------------------------------------------------ the first connect

  /** Connects and logs in once; fails (and closes the session) if either fails: no retry. */
  CompletableFuture<CstaSession> start(CstaSession session) {
    CompletableFuture<CstaSession> started = new CompletableFuture<>();
    engine.execute(
        () -> {
          self = session;
          first = started;
          Connection c;
          try {
            c = open();
          } catch (RuntimeException e) {
            failFirst(null, e); // the transport refused to be made (a refused URL, say)
            return;
          }
          if (c == null) {
            settleFirst(new SessionClosedException(name + ": closed while connecting"));
            return;
          }
          armDeadline(c);
          try {
            Stages.whenDone(
                connectAndLogin(c), (v, error) -> engine.execute(() -> firstDone(c, error)));
          } catch (RuntimeException e) {
            failFirst(c, e);
          }
        });
    return started;
  }

  /** The transport of {@code c} connects, then {@code c} logs in; the start of every attempt. */
  private CompletableFuture<Void> connectAndLogin(Connection c) {
    return c.transport().connect().toCompletableFuture().thenCompose(v -> login.login(c));
  }

  private void firstDone(Connection c, @Nullable Throwable error) {
    if (c.lost) {
      return; // its loss settled the first connect already
    }
    cancelDeadline();
    if (error != null) {
      failFirst(c, Failures.unwrap(error));
      return;
    }
    sessionId = c.sessionId; // before ACTIVE is announced
    if (states.move(SessionState.CONNECTING, SessionState.ACTIVE, null)) {
      keepalive.start(c, this::lost);
      settleFirst(null);
    } else {
      c.closeQuietly(config.ioExecutor()); // closed meanwhile, and close settled the caller
    }
  }

  private void failFirst(@Nullable Connection c, Throwable why) {
    CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
    if (c != null) {
      c.lost = true;
      states.detach(c); // closed here, so that giving up does not close it again
      closed = c.closing(config.ioExecutor());
    }
    settleFirst(why, closed); // the caller hears of it once the transport is closed
    giveUp(why);
  }

  /** Completes the first connect once: the first outcome decided on the engine lane wins. */
  private void settleFirst(@Nullable Throwable error) {
    settleFirst(error, CompletableFuture.completedFuture(null));
  }

  private void settleFirst(@Nullable Throwable error, CompletableFuture<Void> after) {
    CompletableFuture<CstaSession> f = first;
    if (f == null || firstSettled) {
      return;
    }
    firstSettled = true;
    CstaSession s = self;
    Stages.whenDone(after, (v, e) -> requests.complete(f, error == null ? s : null, error));
  }

  // ------------------------------------------------------------------ losing a connection

  /** On the engine lane: {@code c} is no longer usable, however that was noticed. */
  void lost(Connection c, SessionFault.Kind kind, Throwable cause) {
    if (c.lost || !states.isCurrent(c)) {
      return;
    }
    c.lost = true;
    switch (states.state()) {
      case CONNECTING -> failFirst(c, cause);
      case ACTIVE -> {
        notifier.fault(kind, Failures.describe(cause), cause);
        beginRecovery(c, cause);
      }
      case RECONNECTING -> {
        notifier.fault(kind, Failures.describe(cause), cause);
        abandon(c);
        retry(cause);
      }
      case CLOSED -> {}
    }
  }

  private void beginRecovery(Connection c, Throwable cause) {
    keepalive.cancel();
    // the handles are suspended before listeners hear of RECONNECTING
    if (!states.move(SessionState.ACTIVE, SessionState.RECONNECTING, cause, this::suspendAll)) {
      return;
    }
    gapBegan = config.clock().instant();
    gapCause = cause;
    beforeGap = tracker.all();
    attempt = 0;
    abandon(c);
    if (config.reconnectPolicy().giveUp(0, Duration.ZERO)) {
      giveUp(new SessionClosedException(name + ": connection lost and reconnecting is off", cause));
      return;
    }
    scheduleAttempt();
  }

  private void suspendAll() {
    for (MonitorHandle h : registry.handles()) {
      h.suspend();
    }
  }

  /** The session is done with {@code c}: it stops being current and its transport is closed. */
  private void abandon(Connection c) {
    cancelDeadline();
    c.endInterruption();
    states.detach(c);
    c.closeQuietly(config.ioExecutor());
  }

  // ------------------------------------------------------------------ reconnect attempts

  private void scheduleAttempt() {
    attempt++;
    Duration delay = config.reconnectPolicy().delayBefore(attempt, config.random()::nextDouble);
    int n = attempt;
    LOG.debug("{}: reconnect attempt {} in {}", name, n, delay);
    reconnectTimer = config.scheduler().schedule(delay, () -> engine.execute(() -> reconnect(n)));
  }

  private void reconnect(int n) {
    if (states.state() != SessionState.RECONNECTING || n != attempt) {
      return;
    }
    attemptBegan = config.clock().instant();
    Connection c;
    try {
      c = open();
    } catch (RuntimeException e) {
      retry(e);
      return;
    }
    if (c == null) {
      return;
    }
    armDeadline(c);
    List<MonitorHandle> suspended = registry.inState(MonitorState.SUSPENDED);
    try {
      Stages.whenDone(
          connectAndLogin(c)
              .thenCompose(
                  v -> new RestoreAttempt(c, suspended, requests, tracker, router, config).run()),
          (restore, error) ->
              engine.execute(
                  () -> {
                    if (error != null) {
                      attemptFailed(c, Failures.unwrap(error));
                    } else {
                      recovered(c, restore);
                    }
                  }));
    } catch (RuntimeException e) {
      attemptFailed(c, e);
    }
  }

  private void attemptFailed(Connection c, Throwable cause) {
    if (c.lost) {
      return; // its loss was handled already
    }
    c.lost = true;
    abandon(c);
    retry(cause);
  }

  /** After a failed attempt: another one, or give up. Handles stay SUSPENDED for the next. */
  private void retry(Throwable cause) {
    if (states.state() != SessionState.RECONNECTING) {
      return;
    }
    if (cause instanceof LoginFailedException refused && refused.isPermanent()) {
      notifier.fault(SessionFault.Kind.RECONNECT_FAILED, Failures.describe(cause), cause);
      giveUp(cause);
      return;
    }
    notifier.fault(
        SessionFault.Kind.RECONNECT_FAILED,
        "reconnect attempt " + attempt + " failed: " + Failures.describe(cause),
        cause);
    Duration elapsed = Duration.between(gapBegan, config.clock().instant());
    if (config.reconnectPolicy().giveUp(attempt, elapsed)) {
      giveUp(
          new SessionClosedException(
              name + ": gave up reconnecting after " + attempt + " attempts in " + elapsed, cause));
      return;
    }
    scheduleAttempt();
  }

  /** The attempt on {@code c} succeeded: the handles take what the gateway said, then ACTIVE. */
  private void recovered(Connection c, RestoreAttempt restore) {
    if (c.lost || !states.isCurrent(c)) {
      return;
    }
    cancelDeadline();
    Gap gap =
        restore.commit(registry, notifier, strays, beforeGap, gapBegan, gapCause, config.clock());
    Duration took = Duration.between(attemptBegan, config.clock().instant());
    sessionId = c.sessionId;
    // listeners hear of the restore, the gap, then of ACTIVE; the session is ACTIVE when they do
    if (!states.move(
        SessionState.RECONNECTING,
        SessionState.ACTIVE,
        null,
        () -> {
          notifier.restored(took);
          notifier.gap(gap);
        })) {
      abandon(c);
      return;
    }
    attempt = 0;
    beforeGap = Map.of();
    keepalive.start(c, this::lost);
    LOG.info(
        "{}: restored after {} ({} monitors, {} call changes)",
        name,
        gap.duration(),
        restore.restored.size(),
        gap.changes().size());
  }

  // ------------------------------------------------------------------ the end

  /** Ends the session without a connection to say goodbye on. */
  private void giveUp(Throwable cause) {
    SessionStates.Closed closed = states.close(cause);
    if (closed == null) {
      return;
    }
    Connection last = closed.last();
    if (last != null) {
      last.closeQuietly(config.ioExecutor());
    }
    LOG.warn("{}: closed: {}", name, Failures.describe(cause));
    finish(cause);
  }

  /**
   * On the engine lane, for {@code close()}: CLOSED, everything pending failed at once; returns
   * what was closed (so that the caller can say goodbye on its connection), or null.
   */
  SessionStates.@Nullable Closed close() {
    SessionStates.Closed closed = states.close(null);
    if (closed != null) {
      finish(null);
    }
    return closed;
  }

  /** After the state became CLOSED: ends timers, monitors, streams and whatever is pending. */
  private void finish(@Nullable Throwable cause) {
    keepalive.cancel();
    cancelDeadline();
    Scheduler.Cancellable r = reconnectTimer;
    reconnectTimer = null;
    if (r != null) {
      r.cancel();
    }
    settleFirst(new SessionClosedException(name + ": closed while connecting"));
    requests.failAll(
        () ->
            cause == null
                ? new SessionClosedException(name + ": the session was closed")
                : new SessionClosedException(
                    name + ": the session closed: " + Failures.describe(cause), cause));
    for (MonitorHandle h : registry.everyHandle()) {
      h.stopLocally();
    }
    router.complete();
  }

  /** Why a request cannot be sent now: the session is closed, or not (yet or again) active. */
  SessionException refusal(String method) {
    return states.refusal(method, gapCause);
  }

  // ------------------------------------------------------------------ helpers

  private @Nullable Connection open() {
    return connector.open(events);
  }

  private void armDeadline(Connection c) {
    connector.arm(
        c, (lateConnection, late) -> lost(lateConnection, SessionFault.Kind.CONNECTION_LOST, late));
  }

  private void cancelDeadline() {
    connector.disarm();
  }
}
