package org.csta4j.session.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.session.CallChange;
import org.csta4j.session.CstaSession;
import org.csta4j.session.EventOverflowException;
import org.csta4j.session.Gap;
import org.csta4j.session.LoginFailedException;
import org.csta4j.session.MonitorState;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionClosedException;
import org.csta4j.session.SessionException;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionState;
import org.csta4j.session.SessionUnavailableException;
import org.csta4j.transport.ConnectionLostException;
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
final class Recovery implements Connection.Owner, Keepalive.Failure {
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
  private final AtomicInteger connections = new AtomicInteger();

  private volatile String sessionId = "";
  private volatile Throwable gapCause = new SessionException("no gap");

  // engine lane only
  private @Nullable CstaSession self;
  private @Nullable CompletableFuture<CstaSession> first;
  private boolean firstSettled;
  private int attempt;
  private Instant gapBegan = Instant.EPOCH;
  private Map<String, Map<String, LocalConnectionState>> beforeGap = Map.of();
  private Scheduler.@Nullable Cancellable reconnectTimer;
  private Scheduler.@Nullable Cancellable deadline;

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
      CallTracker tracker) {
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
            c.transport()
                .connect()
                .toCompletableFuture()
                .thenCompose(v -> login.login(c))
                .whenComplete((v, error) -> engine.execute(() -> firstDone(c, error)));
          } catch (RuntimeException e) {
            failFirst(c, e);
          }
        });
    return started;
  }

  private void firstDone(Connection c, @Nullable Throwable error) {
    if (c.lost) {
      return; // its loss settled the first connect already
    }
    cancelDeadline();
    if (error != null) {
      failFirst(c, RequestTracker.unwrap(error));
      return;
    }
    sessionId = c.sessionId; // before ACTIVE is announced
    if (states.move(SessionState.CONNECTING, SessionState.ACTIVE, null)) {
      keepalive.start(c, this);
      settleFirst(null);
    } else {
      c.closeQuietly(config.ioExecutor()); // closed meanwhile, and close settled the caller
    }
  }

  private void failFirst(@Nullable Connection c, Throwable why) {
    CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
    if (c != null) {
      c.lost = true;
      closed = c.closeQuietly(config.ioExecutor());
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
    after.whenComplete((v, e) -> requests.complete(f, error == null ? s : null, error));
  }

  // ------------------------------------------------------------------ losing a connection

  @Override
  public void received(Connection c, CstaEvent event) {
    // on c's transport lane, in arrival order
    if (!states.isCurrent(c) || c.overflowed) {
      return;
    }
    if (event instanceof ApplicationSessionTerminated t) {
      SessionException why =
          new SessionException(
              name
                  + ": the gateway terminated session "
                  + t.sessionId()
                  + " ("
                  + t.sessionTermReason()
                  + ")");
      engine.execute(() -> lost(c, SessionFault.Kind.SESSION_TERMINATED, why));
    }
    if (!router.route(c, event)) {
      c.overflowed = true;
      EventOverflowException overflow =
          new EventOverflowException(
              name
                  + ": "
                  + config.dispatchCapacity()
                  + " events wait for listeners; dispatch queue full, recovering and resynchronising");
      engine.execute(() -> lost(c, SessionFault.Kind.DISPATCH_OVERFLOW, overflow));
    }
  }

  @Override
  public void lost(Connection c, ConnectionLostException cause) {
    engine.execute(() -> lost(c, SessionFault.Kind.CONNECTION_LOST, cause));
  }

  @Override
  public void malformed(Connection c, String what, String excerpt, Exception problem) {
    if (states.isCurrent(c)) {
      notifier.fault(
          SessionFault.Kind.MALFORMED_MESSAGE,
          "could not decode " + what + ": " + RequestTracker.describe(problem) + " in " + excerpt,
          problem);
    }
  }

  @Override
  public void failed(Connection c, SessionFault.Kind kind, Throwable why) {
    lost(c, kind, why); // a keepalive, on the engine lane
  }

  /** On the engine lane: {@code c} is no longer usable, however that was noticed. */
  private void lost(Connection c, SessionFault.Kind kind, Throwable cause) {
    if (c.lost || !states.isCurrent(c)) {
      return;
    }
    c.lost = true;
    switch (states.state()) {
      case CONNECTING -> failFirst(c, cause);
      case ACTIVE -> {
        notifier.fault(kind, RequestTracker.describe(cause), cause);
        beginRecovery(c, cause);
      }
      case RECONNECTING -> {
        notifier.fault(kind, RequestTracker.describe(cause), cause);
        abandon(c);
        retry(cause);
      }
      case CLOSED -> {}
    }
  }

  private void beginRecovery(Connection c, Throwable cause) {
    keepalive.cancel();
    if (!states.move(SessionState.ACTIVE, SessionState.RECONNECTING, cause)) {
      return;
    }
    gapBegan = config.clock().instant();
    gapCause = cause;
    beforeGap = tracker.all();
    attempt = 0;
    for (MonitorHandle h : registry.handles()) {
      h.suspend();
    }
    abandon(c);
    if (config.reconnectPolicy().giveUp(0, Duration.ZERO)) {
      giveUp(new SessionClosedException(name + ": connection lost and reconnecting is off", cause));
      return;
    }
    scheduleAttempt();
  }

  /** The session is done with {@code c}: it stops being current and its transport is closed. */
  private void abandon(Connection c) {
    cancelDeadline();
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
      c.transport()
          .connect()
          .toCompletableFuture()
          .thenCompose(v -> login.login(c))
          .thenCompose(
              v -> new RestoreAttempt(c, suspended, requests, tracker, router, config).run())
          .whenComplete(
              (restore, error) ->
                  engine.execute(
                      () -> {
                        if (error != null) {
                          attemptFailed(c, RequestTracker.unwrap(error));
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
      notifier.fault(SessionFault.Kind.RECONNECT_FAILED, RequestTracker.describe(cause), cause);
      giveUp(cause);
      return;
    }
    notifier.fault(
        SessionFault.Kind.RECONNECT_FAILED,
        "reconnect attempt " + attempt + " failed: " + RequestTracker.describe(cause),
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
    restore.restored.forEach(
        (h, crossRefId) -> {
          if (h.state() == MonitorState.SUSPENDED) {
            h.activate(crossRefId);
          } else {
            c.unroute(crossRefId, h); // stopped meanwhile
          }
        });
    restore.refused.forEach(
        (h, why) -> {
          if (h.state() == MonitorState.SUSPENDED) {
            h.lose();
            notifier.fault(
                SessionFault.Kind.MONITOR_RESTORE_FAILED,
                "monitor on " + h.device() + " not restored: " + RequestTracker.describe(why),
                why);
          }
        });
    restore.snapshotRefused.forEach(
        (device, why) ->
            notifier.fault(
                SessionFault.Kind.RESYNC_FAILED,
                "snapshot of " + device + " failed: " + RequestTracker.describe(why),
                why));
    Set<String> notResynced = new TreeSet<>(restore.snapshotRefused.keySet());
    for (MonitorHandle h : registry.inState(MonitorState.LOST)) {
      notResynced.add(h.device());
    }
    List<CallChange> changes = CallTracker.diff(beforeGap, tracker.all(), restore.resynced);
    Gap gap =
        new Gap(
            gapBegan, config.clock().instant(), gapCause, changes, restore.resynced, notResynced);
    notifier.gap(gap);
    sessionId = c.sessionId;
    if (!states.move(SessionState.RECONNECTING, SessionState.ACTIVE, null)) {
      abandon(c);
      return;
    }
    attempt = 0;
    beforeGap = Map.of();
    keepalive.start(c, this);
    LOG.info(
        "{}: restored after {} ({} monitors, {} call changes)",
        name,
        gap.duration(),
        restore.restored.size(),
        changes.size());
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
    LOG.warn("{}: closed: {}", name, RequestTracker.describe(cause));
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
                    name + ": the session closed: " + RequestTracker.describe(cause), cause));
    for (MonitorHandle h : registry.everyHandle()) {
      h.stopLocally();
    }
    router.complete();
  }

  /** Why a request cannot be sent now: the session is closed, or not (yet or again) active. */
  SessionException refusal(String method) {
    SessionState s = states.state();
    if (s == SessionState.CLOSED) {
      Throwable why = states.closeCause();
      return why == null
          ? new SessionClosedException(method + ": the session is closed")
          : new SessionClosedException(
              method + ": the session is closed: " + RequestTracker.describe(why), why);
    }
    return new SessionUnavailableException(
        method + ": not sent, the session is " + s + "; retry when it is ACTIVE again",
        s == SessionState.RECONNECTING ? gapCause : null);
  }

  // ------------------------------------------------------------------ helpers

  /** Makes a new transport the current connection, unless the session is closed. */
  private @Nullable Connection open() {
    Connection c = new Connection(this, name + "#" + connections.incrementAndGet());
    c.attach(config.transportFactory().create(config.transportConfig(), c));
    if (!states.attach(c)) {
      c.closeQuietly(config.ioExecutor());
      return null;
    }
    return c;
  }

  private void armDeadline(Connection c) {
    cancelDeadline();
    Duration limit = config.attemptDeadline();
    deadline =
        config
            .scheduler()
            .schedule(
                limit,
                () ->
                    engine.execute(
                        () ->
                            lost(
                                c,
                                SessionFault.Kind.CONNECTION_LOST,
                                new ConnectionLostException(
                                    name
                                        + ": not connected and logged in within "
                                        + limit
                                        + " ("
                                        + config.transportConfig().gateway()
                                        + " does not answer)"))));
  }

  private void cancelDeadline() {
    Scheduler.Cancellable d = deadline;
    deadline = null;
    if (d != null) {
      d.cancel();
    }
  }
}
