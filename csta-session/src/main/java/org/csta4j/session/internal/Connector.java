package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.csta4j.session.Scheduler;
import org.csta4j.transport.ConnectionLostException;
import org.jspecify.annotations.Nullable;

/**
 * Makes connections: a new transport for each (re)connect, made the session's current connection
 * unless the session closed; and the deadline of each attempt, which holds even if the transport
 * never answers at all. On the engine lane.
 */
@SessionScope
final class Connector {
  private final SessionConfig config;
  private final SessionStates states;
  private final EngineLane engine;
  private final AtomicInteger made = new AtomicInteger();
  private Scheduler.@Nullable Cancellable deadline;

  @Inject
  Connector(SessionConfig config, SessionStates states, EngineLane engine) {
    this.config = config;
    this.states = states;
    this.engine = engine;
  }

  /**
   * A new transport as the current connection; null if the session is closed.
   *
   * @throws RuntimeException whatever the transport factory throws for a gateway it cannot serve
   */
  @Nullable Connection open(Connection.Owner owner) {
    Connection c = new Connection(owner, config.name() + "#" + made.incrementAndGet());
    c.attach(config.transportFactory().create(config.transportConfig(), c));
    if (!states.attach(c)) {
      c.closeQuietly(config.ioExecutor());
      return null;
    }
    return c;
  }

  /**
   * Arms the deadline of the attempt on {@code c} (replacing any other): when it passes, {@code
   * overdue} gets the connection and a loss that says why, on the engine lane.
   */
  void arm(Connection c, BiConsumer<Connection, ConnectionLostException> overdue) {
    disarm();
    Duration limit = config.attemptDeadline();
    ConnectionLostException late =
        new ConnectionLostException(
            config.name()
                + ": not connected and logged in within "
                + limit
                + " ("
                + config.transportConfig().gateway()
                + " does not answer)");
    deadline =
        config.scheduler().schedule(limit, () -> engine.execute(() -> overdue.accept(c, late)));
  }

  void disarm() {
    Scheduler.Cancellable d = deadline;
    deadline = null;
    if (d != null) {
      d.cancel();
    }
  }
}
