package org.csta4j.session.internal;

import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.EventOverflowException;
import org.csta4j.session.SessionException;
import org.csta4j.session.SessionFault;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.TransportException;

/**
 * What the session's transports say, taken in on their callback lanes: events go to the {@link
 * EventRouter}; a loss, an ApplicationSessionTerminated and a full dispatch queue go to the engine
 * lane as the loss of that connection; a message the transport could not decode is reported; an
 * interruption and its resume go to {@link Interruptions}, on the engine lane. News from a
 * connection that is no longer current changes nothing.
 */
final class ConnectionEvents implements Connection.Owner {
  private final SessionConfig config;
  private final SessionStates states;
  private final EngineLane engine;
  private final EventRouter router;
  private final Notifier notifier;
  private final Interruptions interruptions;
  private final Connection.Loss loss;

  ConnectionEvents(
      SessionConfig config,
      SessionStates states,
      EngineLane engine,
      EventRouter router,
      Notifier notifier,
      Interruptions interruptions,
      Connection.Loss loss) {
    this.config = config;
    this.states = states;
    this.engine = engine;
    this.router = router;
    this.notifier = notifier;
    this.interruptions = interruptions;
    this.loss = loss;
  }

  @Override
  public void received(Connection c, CstaEvent event) {
    if (!states.isCurrent(c) || c.overflowed) {
      return;
    }
    if (event instanceof ApplicationSessionTerminated t) {
      SessionException why =
          new SessionException(
              config.name()
                  + ": the gateway terminated session "
                  + t.sessionId()
                  + " ("
                  + t.sessionTermReason()
                  + ")");
      engine.execute(() -> loss.lost(c, SessionFault.Kind.SESSION_TERMINATED, why));
    }
    if (!router.route(c, event)) {
      c.overflowed = true;
      EventOverflowException overflow =
          new EventOverflowException(
              config.name()
                  + ": "
                  + config.dispatchCapacity()
                  + " events wait for listeners; dispatch queue full, recovering and resynchronising");
      engine.execute(() -> loss.lost(c, SessionFault.Kind.DISPATCH_OVERFLOW, overflow));
    }
  }

  @Override
  public void lost(Connection c, ConnectionLostException cause) {
    engine.execute(() -> loss.lost(c, SessionFault.Kind.CONNECTION_LOST, cause));
  }

  @Override
  public void interrupted(Connection c, TransportException cause) {
    engine.execute(() -> interruptions.interrupted(c, cause, loss));
  }

  @Override
  public void resumed(Connection c) {
    engine.execute(() -> interruptions.resumed(c, loss));
  }

  @Override
  public void malformed(Connection c, String what, String excerpt, Exception problem) {
    if (states.isCurrent(c)) {
      notifier.fault(
          SessionFault.Kind.MALFORMED_MESSAGE,
          "could not decode " + what + ": " + Failures.describe(problem) + " in " + excerpt,
          problem);
    }
  }
}
