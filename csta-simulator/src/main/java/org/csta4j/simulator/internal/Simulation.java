package org.csta4j.simulator.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.JsonDialect;
import org.csta4j.model.internal.Threads;
import org.csta4j.simulator.FaultRecord;
import org.csta4j.simulator.Faults;
import org.csta4j.simulator.SimulatedPbx;
import org.jspecify.annotations.Nullable;

/**
 * Not API: one running simulator, wired from its parts (scheduler, log, SignalR server, CSTA
 * gateway, PBX) for {@code CstaSimulator}, which is its only user. Thread-safe.
 */
public final class Simulation implements AutoCloseable {
  /**
   * Everything a simulation is made from, as {@code CstaSimulator.Builder} validated it.
   *
   * @param host the address to listen on
   * @param port the port, 0 for an ephemeral one
   * @param hubPath the hub path, such as {@code /csta}
   * @param keepAliveInterval how often an idle connection is pinged
   * @param clientTimeout how long the server waits for any message from a client
   * @param handshakeTimeout how long the server waits for the handshake
   * @param maxMessageBytes the largest message accepted
   * @param sslContext serves https with this context; null for http
   * @param requireClientCertificate whether a TLS client must present a trusted certificate
   * @param dialect the JSON dialect of responses and events
   * @param users the users that may log in
   * @param trunk the trunk of {@code u-<trunk>-<device>} names
   * @param devices the configured extension numbers
   * @param autoAnswerDelay how long phones ring before they answer; zero for never
   * @param threadPrefix the prefix of every thread name
   * @param statefulReconnect whether negotiate offers stateful reconnect to clients that ask
   * @param statefulReconnectWindow how long a stateful connection whose socket dropped is kept
   */
  public record Config(
      String host,
      int port,
      String hubPath,
      Duration keepAliveInterval,
      Duration clientTimeout,
      Duration handshakeTimeout,
      int maxMessageBytes,
      @Nullable SSLContext sslContext,
      boolean requireClientCertificate,
      JsonDialect dialect,
      List<GatewayUser> users,
      int trunk,
      Set<String> devices,
      Duration autoAnswerDelay,
      String threadPrefix,
      boolean statefulReconnect,
      Duration statefulReconnectWindow) {}

  private final ScheduledExecutorService scheduler;
  private final EventLog log;
  private final SignalRServer server;
  private final CstaGateway gateway;
  private final SimulatedPbx pbx;
  private final Faults faults;
  private final URI hubUrl;

  private Simulation(Config c) throws Exception {
    this.scheduler =
        Executors.newScheduledThreadPool(2, Threads.numbered(c.threadPrefix() + "-scheduler-"));
    this.log = new EventLog(Clock.systemUTC());
    CstaCodec codec = CstaCodec.builder().maxDocumentLength(c.maxMessageBytes()).build();
    GatewayFaults gatewayFaults = new GatewayFaults();
    this.gateway = new CstaGateway(codec, c.dialect(), c.users(), scheduler, log, gatewayFaults);
    Pbx simulated = new Pbx(c.trunk(), c.devices(), c.autoAnswerDelay(), scheduler, gateway);
    gateway.attach(simulated);
    this.server =
        new SignalRServer(
            new SignalRServer.Settings(
                c.host(),
                c.port(),
                c.hubPath(),
                c.keepAliveInterval(),
                c.clientTimeout(),
                c.handshakeTimeout(),
                c.maxMessageBytes(),
                c.sslContext(),
                c.requireClientCertificate(),
                c.statefulReconnect(),
                c.statefulReconnectWindow()),
            gateway::newHandler,
            scheduler,
            log,
            c.threadPrefix());
    this.pbx = new ScriptedPbx(simulated);
    this.faults = new FaultInjector(server, gateway, gatewayFaults, log, scheduler);
    try {
      this.hubUrl = server.start();
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  /**
   * Starts a simulation; nothing is left running when this fails.
   *
   * @param config what to start
   * @return the running simulation
   * @throws Exception when the server cannot start, e.g. the port is taken
   */
  public static Simulation start(Config config) throws Exception {
    return new Simulation(config);
  }

  /** {@return the hub URL, with the bound port} */
  public URI hubUrl() {
    return hubUrl;
  }

  /** {@return the scripting API of the PBX} */
  public SimulatedPbx pbx() {
    return pbx;
  }

  /** {@return the fault injection API} */
  public Faults faults() {
    return faults;
  }

  /** {@return every fault injected so far, oldest first (a copy)} */
  public List<FaultRecord> faultLog() {
    return log.faults();
  }

  /** {@return how many SignalR connections have an open socket} */
  public int connectionCount() {
    return server.connections().size();
  }

  /** {@return the SignalR connection ids with an open socket} */
  public List<String> connectionIds() {
    return server.connections().stream().map(HubConnection::id).toList();
  }

  /** {@return how many connections are logged in to a CSTA session} */
  public int sessionCount() {
    return (int) gateway.sessions().stream().filter(GatewaySession::loggedIn).count();
  }

  /** {@return how many monitors all sessions hold together} */
  public int monitorCount() {
    return gateway.sessions().stream().mapToInt(s -> s.monitorIds().size()).sum();
  }

  /** {@return the monitor ids of each logged-in session, by connection id (a copy)} */
  public Map<String, Set<String>> monitorIdsByConnection() {
    Map<String, Set<String>> byConnection = new LinkedHashMap<>();
    for (GatewaySession s : gateway.sessions()) {
      if (s.loggedIn()) {
        byConnection.put(s.connection().id(), s.monitorIds());
      }
    }
    return byConnection;
  }

  /** {@return the monitor ids that logged-in sessions hold now, sorted (a copy)} */
  public Set<String> liveMonitors() {
    Set<String> live = new TreeSet<>();
    for (GatewaySession s : gateway.sessions()) {
      if (s.loggedIn()) {
        live.addAll(s.monitorIds());
      }
    }
    return live;
  }

  /** Stops the server and every thread this simulation started; waits up to 5 s for them. */
  @Override
  public void close() {
    server.close();
    scheduler.shutdownNow();
    try {
      if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
        log.protocol("the scheduler did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
