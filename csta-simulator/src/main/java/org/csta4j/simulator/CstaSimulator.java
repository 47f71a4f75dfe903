package org.csta4j.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.JsonDialect;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.SessionError;
import org.csta4j.simulator.internal.CstaGateway;
import org.csta4j.simulator.internal.CstaServiceException;
import org.csta4j.simulator.internal.EventLog;
import org.csta4j.simulator.internal.ExternalBehaviour;
import org.csta4j.simulator.internal.GatewayFaults;
import org.csta4j.simulator.internal.GatewayUser;
import org.csta4j.simulator.internal.HubConnection;
import org.csta4j.simulator.internal.Pbx;
import org.csta4j.simulator.internal.SignalRServer;
import org.jspecify.annotations.Nullable;

/**
 * An embedded uni-tel CSTA gateway: a real SignalR server (negotiate, WebSocket, JSON hub protocol,
 * pings) at {@code /csta}, the gateway's hub methods, and a simulated PBX. Start one per test on
 * port 0, point a client at {@link #hubUrl()}, script the PBX with {@link #pbx()} and break things
 * with {@link #faults()}. {@link Builder#tls(SSLContext)} serves https instead, for tests of TLS
 * and client certificates ({@link TestCertificates} makes throwaway ones).
 *
 * <pre>{@code
 * try (CstaSimulator sim = CstaSimulator.builder().user("user", "secret", "pbx.local")
 *     .device("100").device("101").start()) {
 *   URI hub = sim.hubUrl(); // http://127.0.0.1:<port>/csta
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server and every thread it started.
 */
public final class CstaSimulator implements AutoCloseable {
  private final ScheduledExecutorService scheduler;
  private final EventLog log;
  private final SignalRServer server;
  private final CstaGateway gateway;
  private final GatewayFaults gatewayFaults = new GatewayFaults();
  private final Pbx pbx;
  private final URI hubUrl;
  private final Builder config;

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  /** Prefix of every thread this simulator starts, unique per instance. */
  final String threadPrefix = "csta-simulator-" + INSTANCES.incrementAndGet();

  private CstaSimulator(Builder b) throws Exception {
    this.config = b;
    AtomicInteger n = new AtomicInteger();
    this.scheduler =
        Executors.newScheduledThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, threadPrefix + "-scheduler-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.log = new EventLog(Clock.systemUTC());
    CstaCodec codec = CstaCodec.builder().maxDocumentLength(b.maxMessageBytes).build();
    List<GatewayUser> users = new ArrayList<>();
    b.users.forEach(u -> users.add(new GatewayUser(u[0], u[1], u[2])));
    this.gateway = new CstaGateway(codec, b.dialect, users, scheduler, log, gatewayFaults);
    this.pbx = new Pbx(b.trunk, b.devices, b.autoAnswerDelay, scheduler, gateway);
    gateway.attach(pbx, b.devices.size());
    this.server =
        new SignalRServer(
            new SignalRServer.Settings(
                b.host,
                b.port,
                b.hubPath,
                b.keepAliveInterval,
                b.clientTimeout,
                b.handshakeTimeout,
                b.maxMessageBytes,
                b.sslContext,
                b.requireClientCertificate),
            gateway::newHandler,
            scheduler,
            log,
            threadPrefix);
    try {
      this.hubUrl = server.start();
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The demo configuration: user {@code demo}, password {@code demo}, domain {@code demo.local};
   * devices 100, 101, 102 and 200 on trunk 1.
   */
  public static Builder demo() {
    Builder b =
        builder()
            .user("demo", "demo", "demo.local")
            .device("100")
            .device("101")
            .device("102")
            .device("200");
    b.demo = true;
    return b;
  }

  /**
   * The hub URL with the bound port, e.g. {@code http://127.0.0.1:51234/csta}, or {@code
   * https://...} when the simulator was built with {@link Builder#tls(SSLContext)}.
   */
  public URI hubUrl() {
    return hubUrl;
  }

  /** The port the simulator listens on. */
  public int port() {
    return hubUrl.getPort();
  }

  /** The configured users, as {@code user@domain} (passwords are not shown). */
  public List<String> users() {
    return config.users.stream().map(u -> u[0] + "@" + u[2]).toList();
  }

  /**
   * The prefix of the names of every thread this simulator starts (unique per instance), for
   * diagnostics and for measuring the simulator's own CPU.
   */
  public String threadNamePrefix() {
    return threadPrefix;
  }

  /** Whether this is the {@link #demo()} configuration, whose password may be printed. */
  public boolean isDemo() {
    return config.demo;
  }

  /** The configured devices (extension numbers). */
  public Set<String> devices() {
    return Set.copyOf(config.devices);
  }

  /** The trunk of {@code u-<trunk>-<device>} names. */
  public int trunk() {
    return config.trunk;
  }

  /** The scripting API of the simulated PBX. */
  public SimulatedPbx pbx() {
    return pbxFacade;
  }

  /** Fault injection. */
  public Faults faults() {
    return faults;
  }

  /** Every fault injected so far, oldest first. */
  public List<FaultRecord> faultLog() {
    return log.faults();
  }

  /** SignalR connections with an open socket. */
  public int connectionCount() {
    return server.connections().size();
  }

  /** SignalR connections that have logged in to a CSTA session. */
  public int sessionCount() {
    return (int) gateway.sessions().stream().filter(CstaGateway.Session::loggedIn).count();
  }

  /** Monitors started by all sessions together. */
  public int monitorCount() {
    return gateway.sessions().stream().mapToInt(s -> s.monitorIds().size()).sum();
  }

  /** The SignalR connection ids with an open socket (handshake under way or done). */
  public List<String> connectionIds() {
    return server.connections().stream().map(HubConnection::id).toList();
  }

  /**
   * The monitors of every logged-in CSTA session: its SignalR connection id to the cross reference
   * ids of the monitors it holds now (empty for a session that holds none). A copy.
   */
  public Map<String, Set<String>> monitorIdsByConnection() {
    Map<String, Set<String>> byConnection = new LinkedHashMap<>();
    for (CstaGateway.Session s : gateway.sessions()) {
      if (s.loggedIn()) {
        byConnection.put(s.connection().id(), s.monitorIds());
      }
    }
    return byConnection;
  }

  /**
   * The cross reference ids of the monitors that logged-in sessions hold now: what a client's
   * monitor handles may be bound to. A copy.
   */
  public Set<String> liveMonitors() {
    Set<String> live = new TreeSet<>();
    for (CstaGateway.Session s : gateway.sessions()) {
      if (s.loggedIn()) {
        live.addAll(s.monitorIds());
      }
    }
    return live;
  }

  /**
   * Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes this simulator: for a
   * simulator that runs standalone.
   */
  public void runUntilShutdown() throws InterruptedException {
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  close();
                  stopped.countDown();
                },
                "csta-simulator-shutdown"));
    stopped.await();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final SimulatedPbx pbxFacade =
      new SimulatedPbx() {
        @Override
        public String incomingCall(String from, String to) {
          return call(() -> pbx.incomingCall(from, to));
        }

        @Override
        public void answer(String device) {
          call(
              () -> {
                pbx.answer(device);
                return null;
              });
        }

        @Override
        public void hangUp(String device) {
          call(
              () -> {
                pbx.hangUp(device);
                return null;
              });
        }

        @Override
        public void setExternalBehaviour(String number, ExternalBehaviour behaviour) {
          call(
              () -> {
                pbx.setExternalBehaviour(
                    number,
                    org.csta4j.simulator.internal.ExternalBehaviour.valueOf(behaviour.name()));
                return null;
              });
        }

        @Override
        public void setAutoAnswer(String device, boolean on) {
          call(
              () -> {
                pbx.setAutoAnswer(device, on);
                return null;
              });
        }

        @Override
        public List<ConnectionId> connections(String device) {
          return call(() -> pbx.connections(device));
        }

        @Override
        public Optional<LocalConnectionState> state(ConnectionId connection) {
          return call(() -> pbx.state(connection));
        }

        @Override
        public int activeCallCount() {
          return pbx.activeCallCount();
        }

        private <T> T call(java.util.function.Supplier<T> action) {
          try {
            return action.get();
          } catch (CstaServiceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        }
      };

  private final Faults faults =
      new Faults() {
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
          gatewayFaults.delayNextResponses(count, delay);
        }

        @Override
        public void failNextResponses(int count, String hubError) {
          log.fault("fail-response", "next " + count + " with hub error (armed)");
          gatewayFaults.failNextResponsesWithHubError(count, hubError);
        }

        @Override
        public void failNextResponses(int count, CstaErrorValue error) {
          log.fault("fail-response", "next " + count + " with " + error.wireName() + " (armed)");
          gatewayFaults.failNextResponsesWithCstaError(count, error);
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
          gatewayFaults.rejectLogins(error);
        }

        @Override
        public void acceptLogins() {
          log.fault("accept-logins", "logins succeed again");
          gatewayFaults.rejectLogins(null);
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
          scheduler.schedule(fault, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
      };

  /** Configures a {@link CstaSimulator}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private String hubPath = "/csta";
    private final List<String[]> users = new ArrayList<>();
    private final Set<String> devices = new LinkedHashSet<>();
    private int trunk = 1;
    private JsonDialect dialect = JsonDialect.CAMEL_XML_IDS;
    private Duration keepAliveInterval = Duration.ofSeconds(15);
    private Duration clientTimeout = Duration.ofSeconds(30);
    private Duration handshakeTimeout = Duration.ofSeconds(15);
    private Duration autoAnswerDelay = Duration.ofMillis(200);
    private int maxMessageBytes = 4 << 20;
    private @Nullable SSLContext sslContext;
    private boolean requireClientCertificate;
    private boolean demo;

    private Builder() {}

    /** The address to listen on, {@code 127.0.0.1} by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port, 0 (the default) for an ephemeral one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port: must be 0..65535 but is " + port);
      }
      this.port = port;
      return this;
    }

    /** The hub path, {@code /csta} by default. */
    public Builder hubPath(String path) {
      if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
        throw new IllegalArgumentException("hubPath: must look like /csta but is '" + path + "'");
      }
      this.hubPath = path;
      return this;
    }

    /** A user that may log in (repeatable). */
    public Builder user(String userId, String password, String pbxDomain) {
      demo = false; // a configured user: its password is not printed
      for (String[] v :
          new String[][] {{"userId", userId}, {"password", password}, {"pbxDomain", pbxDomain}}) {
        if (v[1] == null || v[1].isBlank()) {
          throw new IllegalArgumentException(v[0] + ": must not be blank");
        }
      }
      users.add(new String[] {userId, password, pbxDomain});
      return this;
    }

    /**
     * A user from {@code USER:PASSWORD@DOMAIN} (the command line's form).
     *
     * @throws IllegalArgumentException naming the form when the text does not match it
     */
    public Builder user(String spec) {
      int colon = spec.indexOf(':');
      int at = spec.lastIndexOf('@');
      if (colon <= 0 || at <= colon + 1 || at == spec.length() - 1) {
        throw new IllegalArgumentException("user: expected USER:PASSWORD@DOMAIN");
      }
      return user(spec.substring(0, colon), spec.substring(colon + 1, at), spec.substring(at + 1));
    }

    /** A device (an extension number such as {@code 100}; repeatable). */
    public Builder device(String number) {
      if (number == null || !number.matches("[0-9A-Za-z*#+]+")) {
        throw new IllegalArgumentException("device: '" + number + "' is not an extension number");
      }
      devices.add(number);
      return this;
    }

    /** The trunk in {@code u-<trunk>-<device>} names, 1 by default. */
    public Builder trunk(int trunk) {
      if (trunk < 0) {
        throw new IllegalArgumentException("trunk: must not be negative");
      }
      this.trunk = trunk;
      return this;
    }

    /** The JSON dialect of responses and events, {@link JsonDialect#CAMEL_XML_IDS} by default. */
    public Builder dialect(JsonDialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /** How often the server pings an idle connection, 15 s by default. */
    public Builder keepAliveInterval(Duration interval) {
      this.keepAliveInterval = positive("keepAliveInterval", interval);
      return this;
    }

    /** How long the server waits for any message from a client, 30 s by default. */
    public Builder clientTimeout(Duration timeout) {
      this.clientTimeout = positive("clientTimeout", timeout);
      return this;
    }

    /** How long the server waits for the handshake, 15 s by default. */
    public Builder handshakeTimeout(Duration timeout) {
      this.handshakeTimeout = positive("handshakeTimeout", timeout);
      return this;
    }

    /** How long devices and outside numbers ring before they answer; zero turns auto-answer off. */
    public Builder autoAnswerDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("autoAnswerDelay: must not be negative");
      }
      this.autoAnswerDelay = delay;
      return this;
    }

    /** The largest message accepted, 4 MiB by default. */
    public Builder maxMessageBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxMessageBytes: must be at least 1024");
      }
      this.maxMessageBytes = bytes;
      return this;
    }

    /**
     * Serves https instead of http, with the key and certificate in this context's key managers
     * (for tests, {@link TestCertificates#serverContext()}); {@link CstaSimulator#hubUrl()} is then
     * {@code https://...}. Off by default.
     */
    public Builder tls(SSLContext serverContext) {
      this.sslContext = Objects.requireNonNull(serverContext, "serverContext");
      return this;
    }

    /**
     * Whether a TLS client must present a certificate that the {@link #tls(SSLContext) context}'s
     * trust managers accept; a client without one fails the handshake. Off by default; needs {@link
     * #tls(SSLContext)}.
     */
    public Builder requireClientCertificate(boolean require) {
      this.requireClientCertificate = require;
      return this;
    }

    private static Duration positive(String name, Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": must be positive");
      }
      return d;
    }

    /**
     * Starts the simulator.
     *
     * @throws IllegalStateException if no user or no device is configured, a client certificate is
     *     required without TLS, or the port is taken
     */
    public CstaSimulator start() {
      if (requireClientCertificate && sslContext == null) {
        throw new IllegalStateException(
            "requireClientCertificate: needs tls(SSLContext) to be configured");
      }
      if (users.isEmpty()) {
        throw new IllegalStateException("users: configure at least one user");
      }
      if (devices.isEmpty()) {
        throw new IllegalStateException("devices: configure at least one device");
      }
      try {
        return new CstaSimulator(this);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(
            "cannot start the simulator on " + host + ":" + port + ": " + e.getMessage(), e);
      }
    }
  }
}
