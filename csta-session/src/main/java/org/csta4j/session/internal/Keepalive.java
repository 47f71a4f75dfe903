package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionException;
import org.csta4j.session.SessionFault;
import org.csta4j.transport.RequestTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the CSTA session of the current connection alive: ResetApplicationSessionTimer at half the
 * granted duration (or the configured interval, if shorter), following each new grant. A refused
 * keepalive means the gateway ended the session; an unanswered one, a dead (half-open) connection.
 * Either is handed to the {@link Connection.Loss} given at {@link #start}. An unanswered keepalive
 * whose wait overlapped an interruption of the connection (ADR 0010) proves nothing of the
 * connection: the transport decides that (resumed or lost), so the keepalive just goes on. Runs on
 * the engine lane.
 */
@SessionScope
final class Keepalive {
  private static final Duration MIN_INTERVAL = Duration.ofMillis(100);

  private final SessionConfig config;
  private final Scheduler scheduler;
  private final EngineLane engine;
  private final RequestTracker requests;
  private final SessionStates states;
  private volatile Scheduler.@Nullable Cancellable timer;

  @Inject
  Keepalive(
      SessionConfig config, EngineLane engine, RequestTracker requests, SessionStates states) {
    this.config = config;
    this.scheduler = config.scheduler();
    this.engine = engine;
    this.requests = requests;
    this.states = states;
  }

  /** Schedules the next keepalive of {@code c}, replacing any other. */
  void start(Connection c, Connection.Loss onFailure) {
    Duration wait = interval(c);
    cancel();
    timer = scheduler.schedule(wait, () -> engine.execute(() -> tick(c, wait, onFailure)));
  }

  /** Sends a keepalive of {@code c} now (on the engine lane), then goes on as after any other. */
  void now(Connection c, Connection.Loss onFailure) {
    cancel();
    tick(c, interval(c), onFailure);
  }

  private Duration interval(Connection c) {
    Duration half = c.granted.dividedBy(2);
    Duration interval =
        config.keepaliveInterval().compareTo(half) < 0 ? config.keepaliveInterval() : half;
    return interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
  }

  /** Cancels the next keepalive; from any thread. */
  void cancel() {
    Scheduler.Cancellable t = timer;
    timer = null;
    if (t != null) {
      t.cancel();
    }
  }

  private void tick(Connection c, Duration interval, Connection.Loss onFailure) {
    if (states.active() != c) {
      return;
    }
    Duration timeout =
        config.requestTimeout().compareTo(interval) < 0 ? config.requestTimeout() : interval;
    int interruptions = c.interruptions;
    Stages.whenDone(
        requests.internal(
            c, ResetApplicationSessionTimer.of(c.sessionId, config.sessionDuration()), timeout),
        (pos, error) ->
            engine.execute(
                () -> {
                  if (error == null) {
                    c.granted = pos.actualSessionDuration();
                    if (states.active() == c) {
                      start(c, onFailure);
                    }
                    return;
                  }
                  Throwable why = Failures.unwrap(error);
                  if (why instanceof CstaFailureException) {
                    onFailure.lost(c, SessionFault.Kind.SESSION_TERMINATED, why);
                  } else if (why instanceof RequestTimeoutException
                      && (c.interruptedAt != null || c.interruptions != interruptions)) {
                    // the socket was gone meanwhile: the transport resumes it or reports the loss
                    if (c.interruptedAt != null && states.active() == c) {
                      start(c, onFailure); // still interrupted: the keepalive goes on
                    } // resumed since: the resume sent a keepalive of its own
                  } else if (why instanceof RequestTimeoutException) {
                    onFailure.lost(
                        c,
                        SessionFault.Kind.KEEPALIVE_FAILED,
                        new SessionException(
                            config.name()
                                + ": keepalive unanswered for "
                                + timeout
                                + "; connection taken as dead",
                            why));
                  } else {
                    onFailure.lost(c, SessionFault.Kind.CONNECTION_LOST, why);
                  }
                }));
  }
}
