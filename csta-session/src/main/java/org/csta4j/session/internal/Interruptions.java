package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.SessionFault;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.TransportException;

/**
 * A connection the transport is resuming (ADR 0010): an interruption is not a loss. The session's
 * state, handles and routes stay as they are, requests keep their timeouts, keepalive goes on, and
 * listeners hear {@code onInterrupted}; a resume is heard as {@code onResumed}, and a keepalive
 * goes at once to prove the gateway's CSTA session outlived the interruption. A loss that follows
 * is any loss ({@link Recovery#lost}). So that a transport that never ends an interruption cannot
 * hold the session, an interruption longer than {@link SessionConfig#attemptDeadline()} (the bound
 * of one of the session's own reconnect attempts) is taken as a loss. On the engine lane.
 */
@SessionScope
final class Interruptions {
  private final SessionConfig config;
  private final SessionStates states;
  private final EngineLane engine;
  private final Notifier notifier;
  private final Keepalive keepalive;

  @Inject
  Interruptions(
      SessionConfig config,
      SessionStates states,
      EngineLane engine,
      Notifier notifier,
      Keepalive keepalive) {
    this.config = config;
    this.states = states;
    this.engine = engine;
    this.notifier = notifier;
    this.keepalive = keepalive;
  }

  /** The transport of {@code c} lost its socket and is resuming the connection. */
  void interrupted(Connection c, TransportException cause, Connection.Loss loss) {
    if (c.lost || !states.isCurrent(c) || c.interruptedAt != null) {
      return;
    }
    c.interruptedAt = config.clock().instant();
    c.interruptions++;
    notifier.interrupted(cause);
    Duration limit = config.attemptDeadline();
    c.resumeDeadline =
        config
            .scheduler()
            .schedule(limit, () -> engine.execute(() -> overdue(c, limit, cause, loss)));
  }

  private void overdue(
      Connection c, Duration limit, TransportException cause, Connection.Loss loss) {
    if (c.interruptedAt == null) {
      return; // resumed, or abandoned, meanwhile
    }
    loss.lost(
        c,
        SessionFault.Kind.CONNECTION_LOST,
        new ConnectionLostException(
            config.name()
                + ": interrupted and not resumed within "
                + limit
                + ": "
                + Failures.describe(cause),
            cause));
  }

  /** The transport of {@code c} has its connection back: nothing was lost. */
  void resumed(Connection c, Connection.Loss loss) {
    Instant since = c.endInterruption();
    if (since == null || c.lost || !states.isCurrent(c)) {
      return;
    }
    notifier.resumed(Duration.between(since, config.clock().instant()));
    if (states.active() == c) {
      keepalive.now(c, loss);
    }
  }
}
