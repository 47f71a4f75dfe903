package org.csta4j.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.csta4j.json.JsonDialect;
import org.csta4j.model.internal.Checks;
import org.csta4j.model.internal.Threads;
import org.csta4j.simulator.internal.GatewayUser;
import org.csta4j.simulator.internal.Simulation;
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
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  /** Prefix of every thread this simulator starts, unique per instance. */
  final String threadPrefix = "csta-simulator-" + INSTANCES.incrementAndGet();

  private final Simulation simulation;
  private final Builder config;

  private CstaSimulator(Builder b) throws Exception {
    this.config = b;
    this.simulation =
        Simulation.start(
            new Simulation.Config(
                b.host,
                b.port,
                b.hubPath,
                b.keepAliveInterval,
                b.clientTimeout,
                b.handshakeTimeout,
                b.maxMessageBytes,
                b.sslContext,
                b.requireClientCertificate,
                b.dialect,
                List.copyOf(b.users),
                b.trunk,
                Collections.unmodifiableSet(new LinkedHashSet<>(b.devices)),
                b.autoAnswerDelay,
                threadPrefix,
                b.statefulReconnect,
                b.statefulReconnectWindow));
  }

  /** {@return a new builder with the defaults documented on each of its methods} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The demo configuration: user {@code demo}, password {@code demo}, domain {@code demo.local};
   * devices 100, 101, 102 and 200 on trunk 1.
   *
   * @return a new builder with that configuration, which may be changed further
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
   * {@return the hub URL with the bound port} For example {@code http://127.0.0.1:51234/csta}, or
   * {@code https://...} when the simulator was built with {@link Builder#tls(SSLContext)}.
   */
  public URI hubUrl() {
    return simulation.hubUrl();
  }

  /** {@return the port the simulator listens on (the bound one when configured as 0)} */
  public int port() {
    return simulation.hubUrl().getPort();
  }

  /** {@return the configured users, as {@code user@domain}; passwords are never shown} */
  public List<String> users() {
    return config.users.stream().map(u -> u.userId() + "@" + u.pbxDomain()).toList();
  }

  /**
   * {@return the prefix of the names of every thread this simulator starts} Unique per instance,
   * for diagnostics and for measuring the simulator's own CPU.
   */
  public String threadNamePrefix() {
    return threadPrefix;
  }

  /** {@return whether this is the {@link #demo()} configuration, whose password may be printed} */
  public boolean isDemo() {
    return config.demo;
  }

  /** {@return the configured devices (extension numbers), an unmodifiable copy} */
  public Set<String> devices() {
    return Set.copyOf(config.devices);
  }

  /** {@return the trunk of {@code u-<trunk>-<device>} names} */
  public int trunk() {
    return config.trunk;
  }

  /** {@return the scripting API of the simulated PBX; the same object on every call} */
  public SimulatedPbx pbx() {
    return simulation.pbx();
  }

  /** {@return the fault injection API; the same object on every call} */
  public Faults faults() {
    return simulation.faults();
  }

  /** {@return every fault injected so far, oldest first; a copy (the last 10,000 are kept)} */
  public List<FaultRecord> faultLog() {
    return simulation.faultLog();
  }

  /** {@return how many SignalR connections have an open socket now} */
  public int connectionCount() {
    return simulation.connectionCount();
  }

  /** {@return how many SignalR connections are logged in to a CSTA session now} */
  public int sessionCount() {
    return simulation.sessionCount();
  }

  /** {@return how many monitors all sessions hold together now} */
  public int monitorCount() {
    return simulation.monitorCount();
  }

  /** {@return the SignalR connection ids with an open socket (handshake under way or done)} */
  public List<String> connectionIds() {
    return simulation.connectionIds();
  }

  /**
   * {@return the monitors of every logged-in CSTA session} Its SignalR connection id to the cross
   * reference ids of the monitors it holds now (empty for a session that holds none). A copy.
   */
  public Map<String, Set<String>> monitorIdsByConnection() {
    return simulation.monitorIdsByConnection();
  }

  /**
   * {@return the cross reference ids of the monitors that logged-in sessions hold now} What a
   * client's monitor handles may be bound to. A sorted copy.
   */
  public Set<String> liveMonitors() {
    return simulation.liveMonitors();
  }

  /**
   * Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes this simulator: for a
   * simulator that runs standalone.
   *
   * @throws InterruptedException if the calling thread is interrupted while it waits; the simulator
   *     then keeps running until {@link #close()} or JVM shutdown
   */
  public void runUntilShutdown() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            Threads.daemon(
                () -> {
                  close();
                  stopped.countDown();
                },
                "csta-simulator-shutdown"));
    stopped.await();
  }

  /**
   * Stops the server (open connections are dropped) and every thread it started, waiting up to 5 s
   * for them. Idempotent; safe from any thread.
   */
  @Override
  public void close() {
    simulation.close();
  }

  /**
   * Configures a {@link CstaSimulator}: every setting has a default except the users and devices.
   * Not thread-safe; each setter checks its argument at once, naming the setting when it refuses.
   */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private String hubPath = "/csta";
    private final List<GatewayUser> users = new ArrayList<>();
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
    private boolean statefulReconnect = true;
    private Duration statefulReconnectWindow = Duration.ofSeconds(30);
    private boolean demo;

    private Builder() {}

    /**
     * The address to listen on, {@code 127.0.0.1} by default.
     *
     * @param host a host name or IP address literal
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port, 0 (the default) for an ephemeral one; {@link CstaSimulator#port()} tells which.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException naming {@code port} when it is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port: must be 0..65535 but is " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The hub path, {@code /csta} by default; negotiate is served below it.
     *
     * @param path a path that starts with {@code /} and does not end with one, such as {@code
     *     /csta}
     * @return this builder
     * @throws IllegalArgumentException naming {@code hubPath} when the path does not look like that
     */
    public Builder hubPath(String path) {
      if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
        throw new IllegalArgumentException("hubPath: must look like /csta but is '" + path + "'");
      }
      this.hubPath = path;
      return this;
    }

    /**
     * A user that may log in (repeatable); the domain is compared ignoring case. A builder with a
     * user of its own no longer counts as the {@link CstaSimulator#demo()} configuration.
     *
     * @param userId the user id, not blank
     * @param password the password, not blank; never printed
     * @param pbxDomain the PBX domain, not blank
     * @return this builder
     * @throws IllegalArgumentException naming the argument that is blank
     */
    public Builder user(String userId, String password, String pbxDomain) {
      demo = false; // a configured user: its password is not printed
      Checks.nonBlank("userId", userId);
      Checks.nonBlank("password", password);
      Checks.nonBlank("pbxDomain", pbxDomain);
      users.add(new GatewayUser(userId, password, pbxDomain));
      return this;
    }

    /**
     * A user from {@code USER:PASSWORD@DOMAIN} (the command line's form), as {@link #user(String,
     * String, String)}.
     *
     * @param spec the user, such as {@code demo:demo@demo.local}
     * @return this builder
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

    /**
     * A device (repeatable); it is also addressed as {@code u-<trunk>-<number>}.
     *
     * @param number an extension number such as {@code 100}: letters, digits, {@code *#+}
     * @return this builder
     * @throws IllegalArgumentException naming {@code device} when it is not such a number
     */
    public Builder device(String number) {
      if (number == null || !number.matches("[0-9A-Za-z*#+]+")) {
        throw new IllegalArgumentException("device: '" + number + "' is not an extension number");
      }
      devices.add(number);
      return this;
    }

    /**
     * The trunk in {@code u-<trunk>-<device>} names, 1 by default.
     *
     * @param trunk 0 or more
     * @return this builder
     * @throws IllegalArgumentException naming {@code trunk} when it is negative
     */
    public Builder trunk(int trunk) {
      if (trunk < 0) {
        throw new IllegalArgumentException("trunk: must not be negative");
      }
      this.trunk = trunk;
      return this;
    }

    /**
     * The JSON dialect of responses and events, {@link JsonDialect#CAMEL_XML_IDS} by default;
     * requests are read in any dialect.
     *
     * @param dialect the dialect to write
     * @return this builder
     */
    public Builder dialect(JsonDialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * How often the server pings an idle connection, 15 s by default.
     *
     * @param interval longer than zero
     * @return this builder
     * @throws IllegalArgumentException naming {@code keepAliveInterval} when it is not positive
     */
    public Builder keepAliveInterval(Duration interval) {
      this.keepAliveInterval = Checks.positive("keepAliveInterval", interval);
      return this;
    }

    /**
     * How long the server waits for any message from a client before it closes the connection with
     * an error, 30 s by default.
     *
     * @param timeout longer than zero
     * @return this builder
     * @throws IllegalArgumentException naming {@code clientTimeout} when it is not positive
     */
    public Builder clientTimeout(Duration timeout) {
      this.clientTimeout = Checks.positive("clientTimeout", timeout);
      return this;
    }

    /**
     * How long the server waits for the SignalR handshake after the socket opens before it drops
     * the connection, 15 s by default.
     *
     * @param timeout longer than zero
     * @return this builder
     * @throws IllegalArgumentException naming {@code handshakeTimeout} when it is not positive
     */
    public Builder handshakeTimeout(Duration timeout) {
      this.handshakeTimeout = Checks.positive("handshakeTimeout", timeout);
      return this;
    }

    /**
     * How long devices and outside numbers ring before they answer (or forward on no answer), 200
     * ms by default; zero turns auto-answer off.
     *
     * @param delay zero or longer
     * @return this builder
     * @throws IllegalArgumentException naming {@code autoAnswerDelay} when it is negative
     */
    public Builder autoAnswerDelay(Duration delay) {
      this.autoAnswerDelay = Checks.notNegative("autoAnswerDelay", delay);
      return this;
    }

    /**
     * The largest message accepted, 4 MiB by default; a larger one closes the connection with an
     * error.
     *
     * @param bytes 1024 or more
     * @return this builder
     * @throws IllegalArgumentException naming {@code maxMessageBytes} when it is smaller
     */
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
     *
     * @param serverContext the server's context
     * @return this builder
     */
    public Builder tls(SSLContext serverContext) {
      this.sslContext = Objects.requireNonNull(serverContext, "serverContext");
      return this;
    }

    /**
     * Whether a TLS client must present a certificate that the {@link #tls(SSLContext) context}'s
     * trust managers accept; a client without one fails the handshake. Off by default; needs {@link
     * #tls(SSLContext)}.
     *
     * @param require whether a client certificate is required
     * @return this builder
     */
    public Builder requireClientCertificate(boolean require) {
      this.requireClientCertificate = require;
      return this;
    }

    /**
     * Whether the server offers SignalR stateful reconnect to a client that asks for it (negotiate
     * v1 with {@code useStatefulReconnect=true}, then handshake version 2), as the JS client's
     * {@code withStatefulReconnect()} does; on by default. A client that does not ask never gets it
     * and sees no difference. With it, the server numbers the invocations and completions it sends,
     * keeps them until the client acknowledges them, acknowledges what it receives, and keeps a
     * connection whose socket dropped (its login, monitors and unacknowledged messages) for the
     * {@link #statefulReconnectWindow(Duration) window}, for the client to resume it on a new
     * socket.
     *
     * @param allow whether stateful reconnect is offered
     * @return this builder
     */
    public Builder statefulReconnect(boolean allow) {
      this.statefulReconnect = allow;
      return this;
    }

    /**
     * How long a stateful reconnect connection whose socket dropped is kept for its client to
     * resume, 30 s by default. After it the connection ends as a dropped one does: its session is
     * logged out and a resume gets 404.
     *
     * @param window longer than zero
     * @return this builder
     * @throws IllegalArgumentException naming {@code statefulReconnectWindow} when it is not
     *     positive
     */
    public Builder statefulReconnectWindow(Duration window) {
      this.statefulReconnectWindow = Checks.positive("statefulReconnectWindow", window);
      return this;
    }

    /**
     * Starts the simulator; it is listening when this returns. The builder may be reused.
     *
     * @return the running simulator, to be closed by the caller
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
