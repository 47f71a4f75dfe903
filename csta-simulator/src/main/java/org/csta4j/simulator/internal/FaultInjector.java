package org.csta4j.simulator.internal;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.SessionError;
import org.csta4j.model.internal.Checks;
import org.csta4j.simulator.Faults;

/**
 * {@link Faults} on the simulator's parts: connection faults act on the server's open connections,
 * response and login faults are armed in {@link GatewayFaults}; each is recorded in the log. Also
 * the {@link ResumeClock} of the connections the faults cut.
 */
final class FaultInjector implements Faults, ResumeClock {
  private final SignalRServer server;
  private final CstaGateway gateway;
  private final GatewayFaults armed;
  private final EventLog log;
  private final ScheduledExecutorService scheduler;

  FaultInjector(
      SignalRServer server,
      CstaGateway gateway,
      GatewayFaults armed,
      EventLog log,
      ScheduledExecutorService scheduler) {
    this.server = server;
    this.gateway = gateway;
    this.armed = armed;
    this.log = log;
    this.scheduler = scheduler;
  }

  @Override
  public int dropAllConnections() {
    int n = 0;
    for (HubConnection c : server.connections()) {
      log.fault("drop-connection", "connection " + c.id() + " (no close frame)");
      c.abort();
      n++;
    }
    return n;
  }

  @Override
  public boolean dropConnection(String connectionId) {
    for (HubConnection c : server.connections()) {
      if (c.id().equals(connectionId)) {
        log.fault("drop-connection", "connection " + c.id() + " (no close frame)");
        c.abort();
        return true;
      }
    }
    return false;
  }

  @Override
  public int cutAllConnections(Duration duration) {
    Checks.notNegative("duration", duration);
    int n = 0;
    for (HubConnection c : server.connections()) {
      cut(c, duration);
      n++;
    }
    return n;
  }

  @Override
  public boolean cutConnection(String connectionId, Duration duration) {
    Checks.notNegative("duration", duration);
    for (HubConnection c : server.connections()) {
      if (c.id().equals(connectionId)) {
        cut(c, duration);
        return true;
      }
    }
    return false;
  }

  private void cut(HubConnection c, Duration duration) {
    boolean stateful = c.isStateful();
    log.fault(
        "cut-connection",
        "connection "
            + c.id()
            + " for "
            + duration.toMillis()
            + " ms"
            + (stateful ? " (may resume)" : " (no stateful reconnect: dropped)"));
    c.cut(duration);
  }

  @Override
  public int closeAllConnections() {
    int n = 0;
    for (HubConnection c : server.connections()) {
      log.fault("close-connection", "connection " + c.id());
      c.closeCleanly();
      n++;
    }
    return n;
  }

  @Override
  public int closeAllConnectionsWithError(String error) {
    int n = 0;
    for (HubConnection c : server.connections()) {
      c.closeWithError(error, true);
      n++;
    }
    return n;
  }

  @Override
  public void delayNextResponses(int count, Duration delay) {
    log.fault("delay-response", "next " + count + " by " + delay.toMillis() + " ms (armed)");
    armed.delayNextResponses(count, delay);
  }

  @Override
  public void failNextResponses(int count, String hubError) {
    log.fault("fail-response", "next " + count + " with hub error (armed)");
    armed.failNextResponsesWithHubError(count, hubError);
  }

  @Override
  public void failNextResponses(int count, CstaErrorValue error) {
    log.fault("fail-response", "next " + count + " with " + error.wireName() + " (armed)");
    armed.failNextResponsesWithCstaError(count, error);
  }

  @Override
  public int stopAnsweringPings() {
    int n = 0;
    for (HubConnection c : server.connections()) {
      log.fault("half-open", "connection " + c.id());
      c.setHalfOpen(true);
      n++;
    }
    return n;
  }

  @Override
  public int expireSessions() {
    return gateway.expireAll();
  }

  @Override
  public void rejectLogins(SessionError error) {
    log.fault("reject-login", "every login with " + error.wireName() + " (armed)");
    armed.rejectLogins(error);
  }

  @Override
  public void acceptLogins() {
    log.fault("accept-logins", "logins succeed again");
    armed.rejectLogins(null);
  }

  @Override
  public int sendMalformedFrame() {
    int n = 0;
    for (HubConnection c : server.connections()) {
      log.fault("malformed-frame", "connection " + c.id());
      c.sendMalformed("{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{]");
      n++;
    }
    return n;
  }

  @Override
  public int sendUnknownEvent(String name, String json) {
    log.fault("unknown-event", name);
    return gateway.sendToAll(name, json);
  }

  @Override
  public void schedule(Duration delay, Runnable fault) {
    // the fault runs on its own; a test observes it through its effects and the fault log
    ScheduledFuture<?> unused = scheduler.schedule(fault, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public OptionalLong resumedAtNanos(String connectionId) {
    for (HubConnection c : server.connections()) {
      if (c.id().equals(connectionId)) {
        return c.resumedAt();
      }
    }
    return OptionalLong.empty();
  }
}
