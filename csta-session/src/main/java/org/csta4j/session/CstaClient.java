package org.csta4j.session;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.internal.Checks;
import org.csta4j.session.internal.ClientRuntime;
import org.csta4j.session.internal.SessionConfig;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.TransportConfig;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: configure once, then {@link #connect()} for a logged-in {@link CstaSession}.
 *
 * <pre>{@code
 * try (CstaClient client = CstaClient.builder()
 *         .gateway(URI.create("https://gateway.example/csta"))
 *         .credentials("user", password, "pbx.example")
 *         .build()) {
 *   CstaSession session = client.connect().join();
 *   Monitor phone = session.monitor("100").join();
 *   phone.on(DeliveredEvent.class, e -> System.out.println("ringing: " + e.callingDevice()));
 *   session.makeCall("100", "200").join();
 * }
 * }</pre>
 *
 * <p>The transport is found by the gateway's URI scheme among the transports on the class path
 * ({@code csta-transport-signalr} for http, https, ws and wss), or given with {@link
 * Builder#transport}. Clients share a few threads (I/O, events, timer) unless given an executor or
 * scheduler; {@link #close()} closes the client's sessions, and closing the last client ends the
 * shared threads.
 *
 * <p>A client is safe to use from any thread. Its {@link #toString()} never shows the password.
 */
public final class CstaClient implements AutoCloseable {
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final String name;

  /** What every session of this client is made from; each gets its own name. */
  private final SessionConfig template;

  private final ClientRuntime runtime;
  private final AtomicInteger sessionCount = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();

  private CstaClient(
      Builder b,
      URI gateway,
      String userId,
      String pbxDomain,
      CstaTransportFactory transportFactory) {
    this.name = "csta4j-" + CLIENTS.incrementAndGet();
    this.runtime = ClientRuntime.open();
    ExecutorService io = runtime.io();
    TransportConfig.Builder tc =
        TransportConfig.builder(gateway, io)
            .connectTimeout(b.connectTimeout)
            .maxMessageBytes(b.maxMessageBytes);
    b.headers.forEach(tc::header);
    if (b.accessToken != null) {
      tc.accessTokenProvider(b.accessToken);
    }
    this.template =
        SessionConfig.builder()
            .transportFactory(transportFactory)
            .transportConfig(tc.build())
            .userId(userId)
            .password(b.password)
            .pbxDomain(pbxDomain)
            .applicationId(b.applicationId)
            .sessionDuration(b.sessionDuration)
            .keepaliveInterval(b.keepaliveInterval)
            .requestTimeout(b.requestTimeout)
            .closeTimeout(b.closeTimeout)
            .reconnectPolicy(b.reconnectPolicy)
            .executor(b.executor == null ? runtime.events() : b.executor)
            .ioExecutor(io)
            .scheduler(b.scheduler == null ? runtime.timer() : b.scheduler)
            .clock(b.clock)
            .random(b.random)
            .dispatchCapacity(b.dispatchCapacity)
            .subscriberBuffer(b.subscriberBuffer)
            .slowListenerThreshold(b.slowListenerThreshold)
            .callTracking(b.callTracking)
            .codec(b.codec)
            .listeners(b.listeners)
            .name(name)
            .build();
  }

  /** {@return a new builder; only the gateway and the credentials are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Connects and logs in a new session. Completes, on the client's executor, with an {@link
   * SessionState#ACTIVE} session, or exceptionally with exactly one of:
   *
   * <ul>
   *   <li>{@link LoginFailedException}: the gateway refused the login ({@link
   *       LoginFailedException#isPermanent()} says whether trying again can help);
   *   <li>{@link org.csta4j.transport.ConnectionLostException}: the gateway cannot be reached, the
   *       connection was lost while connecting, or connecting took longer than the connect timeout
   *       (negotiate, socket and handshake together; 10 s by default);
   *   <li>{@link org.csta4j.transport.RequestTimeoutException}: the gateway did not answer the
   *       login within the request timeout;
   *   <li>{@link SessionClosedException}: the session or this client was closed before it was
   *       connected (the future fails at once);
   *   <li>another {@link org.csta4j.transport.TransportException}: the gateway answered the login
   *       with something that is not a login answer (a hub error, a protocol error);
   *   <li>{@link IllegalArgumentException}: the transport cannot be made for the gateway URI.
   * </ul>
   *
   * <p>Whatever the transport does, the future completes: the session bounds the whole of connect
   * and login by the connect timeout plus three request timeouts. The first connect is not retried;
   * later losses are. Each call makes a new session; the client closes them all.
   *
   * @return the session, once logged in
   */
  public CompletableFuture<CstaSession> connect() {
    if (closed.get()) {
      return CompletableFuture.failedFuture(
          new SessionClosedException(name + ": client is closed"));
    }
    return runtime.connect(
        SessionConfig.builder()
            .from(template)
            .name(name + "/" + sessionCount.incrementAndGet())
            .build());
  }

  /** {@return the sessions this client connected that are not closed, oldest first; a copy} */
  public List<CstaSession> sessions() {
    return runtime.sessions();
  }

  /**
   * Closes every session. Clients share their I/O, event and timer threads; when the last open
   * client closes, those threads end too (waiting up to 5 s for them). Idempotent; {@link
   * #connect()} fails afterwards with {@link SessionClosedException}.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    runtime.close();
  }

  /** {@return the client's name and configuration, with the password masked} */
  @Override
  public String toString() {
    return "CstaClient{" + name + ", " + template + "}";
  }

  /**
   * Builds a {@link CstaClient}. Only the gateway and the credentials are required; every setter
   * checks its argument at once, naming it in the exception. Not thread-safe: fill it on one
   * thread.
   */
  public static final class Builder {
    private @Nullable URI gateway;
    private @Nullable CstaTransportFactory transport;
    private @Nullable String userId;
    private char[] password = new char[0];
    private @Nullable String pbxDomain;
    private String applicationId = "csta4j";
    private Duration sessionDuration = Duration.ofMinutes(2);
    private Duration keepaliveInterval = Duration.ofMinutes(1);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration closeTimeout = Duration.ofSeconds(2);
    private int maxMessageBytes = TransportConfig.DEFAULT_MAX_MESSAGE_BYTES;
    private ReconnectPolicy reconnectPolicy = ReconnectPolicy.defaults();
    private @Nullable Executor executor;
    private @Nullable Scheduler scheduler;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = RandomGenerator.getDefault();
    private int dispatchCapacity = 10_000;
    private int subscriberBuffer = 1_024;
    private Duration slowListenerThreshold = Duration.ofSeconds(1);
    private boolean callTracking = true;
    private CstaCodec codec = CstaCodec.standard();
    private final List<SessionListener> listeners = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable Supplier<String> accessToken;

    private Builder() {}

    /**
     * The gateway's hub URL. Required.
     *
     * @param gateway e.g. {@code https://gateway.example/csta}; its scheme picks the transport
     *     unless {@link #transport} is set
     * @return this builder
     */
    public Builder gateway(URI gateway) {
      this.gateway = Objects.requireNonNull(gateway, "gateway");
      return this;
    }

    /**
     * {@link #gateway(URI)} from a string.
     *
     * @param gateway the hub URL as text
     * @return this builder
     * @throws IllegalArgumentException naming {@code gateway} if it is not a URI
     */
    public Builder gateway(String gateway) {
      Objects.requireNonNull(gateway, "gateway");
      try {
        return gateway(URI.create(gateway));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("gateway: not a URI: " + gateway, e);
      }
    }

    /**
     * The transport to use, instead of the one found on the class path for the gateway's scheme.
     *
     * @param factory makes one transport per connection
     * @return this builder
     */
    public Builder transport(CstaTransportFactory factory) {
      this.transport = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * The login: user, password and PBX domain. Required. The password is copied; clear your array
     * when done. It never appears in logs, {@code toString()} or exception messages.
     *
     * @param userId the user, not blank
     * @param password the password; may be empty
     * @param pbxDomain the PBX domain, not blank
     * @return this builder
     */
    public Builder credentials(String userId, char[] password, String pbxDomain) {
      this.userId = Checks.nonBlank("userId", userId);
      Objects.requireNonNull(password, "password");
      this.password = password.clone();
      this.pbxDomain = Checks.nonBlank("pbxDomain", pbxDomain);
      return this;
    }

    /**
     * {@link #credentials(String, char[], String)} with a string password.
     *
     * @param userId the user, not blank
     * @param password the password; may be empty
     * @param pbxDomain the PBX domain, not blank
     * @return this builder
     */
    public Builder credentials(String userId, String password, String pbxDomain) {
      Objects.requireNonNull(password, "password");
      return credentials(userId, password.toCharArray(), pbxDomain);
    }

    /**
     * The applicationID sent at login.
     *
     * @param id not blank; {@code csta4j} by default
     * @return this builder
     */
    public Builder applicationId(String id) {
      this.applicationId = Checks.nonBlank("applicationId", id);
      return this;
    }

    /**
     * The session duration asked for at login and on each keepalive.
     *
     * @param d positive; 120 s by default
     * @return this builder
     */
    public Builder sessionDuration(Duration d) {
      this.sessionDuration = Checks.positive("sessionDuration", d);
      return this;
    }

    /**
     * The longest time between keepalives. The session also never waits more than half of the
     * duration the gateway granted; one not shorter than the session duration becomes half of it.
     *
     * @param d positive; 60 s by default
     * @return this builder
     */
    public Builder keepaliveInterval(Duration d) {
      this.keepaliveInterval = Checks.positive("keepaliveInterval", d);
      return this;
    }

    /**
     * The default timeout of each request; {@link CstaSession#send(org.csta4j.model.CstaRequest,
     * Duration)} can override it.
     *
     * @param d positive; 10 s by default
     * @return this builder
     */
    public Builder requestTimeout(Duration d) {
      this.requestTimeout = Checks.positive("requestTimeout", d);
      return this;
    }

    /**
     * How long connecting may take: negotiate, the socket and the SignalR handshake together. The
     * login that follows has the request timeout.
     *
     * @param d positive; 10 s by default
     * @return this builder
     */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Checks.positive("connectTimeout", d);
      return this;
    }

    /**
     * The largest message the gateway may send. A larger one is refused before it is read: the
     * connection is closed and the session recovers as for any loss, with a fault that names the
     * limit.
     *
     * @param bytes 1 or more; 4 MiB by default
     * @return this builder
     */
    public Builder maxMessageBytes(int bytes) {
      this.maxMessageBytes = Checks.positive("maxMessageBytes", bytes);
      return this;
    }

    /**
     * How long {@link CstaSession#close()} waits for StopApplicationSession, and then for the
     * transport to close.
     *
     * @param d positive; 2 s by default
     * @return this builder
     */
    public Builder closeTimeout(Duration d) {
      this.closeTimeout = Checks.positive("closeTimeout", d);
      return this;
    }

    /**
     * When to reconnect after a loss, and when to give up.
     *
     * @param policy {@link ReconnectPolicy#defaults()} by default; {@link ReconnectPolicy#never()}
     *     makes a loss close the session
     * @return this builder
     */
    public Builder reconnectPolicy(ReconnectPolicy policy) {
      this.reconnectPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Where listeners and the stages of returned futures run. Events of one session still reach
     * listeners one at a time, in order. Do not block on a session's future inside a listener if
     * this executor has a single thread. The caller owns it: closing the client does not shut it
     * down.
     *
     * @param executor by default a thread pool the clients share
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * The timer for keepalive, reconnect backoff and attempt deadlines; {@link
     * Scheduler#of(java.util.concurrent.ScheduledExecutorService)} adapts an executor.
     *
     * @param scheduler by default one timer thread the clients share
     * @return this builder
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * The clock for gap and fault times and give-up decisions.
     *
     * @param clock the UTC system clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The source of reconnect jitter; a seeded one makes backoff reproducible.
     *
     * @param random {@link RandomGenerator#getDefault()} by default
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * How many events may wait for listeners. More is an overflow: a reported fault, then recovery
     * and resync.
     *
     * @param events 1 or more; 10 000 by default
     * @return this builder
     */
    public Builder dispatchCapacity(int events) {
      this.dispatchCapacity = Checks.positive("dispatchCapacity", events);
      return this;
    }

    /**
     * The buffer of each {@link java.util.concurrent.Flow.Subscriber} of {@link
     * CstaSession#events()} and {@link Monitor#events()}.
     *
     * @param events 1 or more; 1024 by default
     * @return this builder
     */
    public Builder subscriberBuffer(int events) {
      this.subscriberBuffer = Checks.positive("subscriberBuffer", events);
      return this;
    }

    /**
     * A listener slower than this is reported as a {@link SessionFault.Kind#SLOW_LISTENER}.
     *
     * @param d positive; 1 s by default
     * @return this builder
     */
    public Builder slowListenerThreshold(Duration d) {
      this.slowListenerThreshold = Checks.positive("slowListenerThreshold", d);
      return this;
    }

    /**
     * Whether to track calls per monitored device and snapshot them after a gap. Off: {@link
     * Monitor#calls()} is empty and a gap lists no changes.
     *
     * @param on true by default
     * @return this builder
     */
    public Builder callTracking(boolean on) {
      this.callTracking = on;
      return this;
    }

    /**
     * The codec that renders events for {@link CstaSession#onRawEvent}.
     *
     * @param codec {@link CstaCodec#standard()} by default
     * @return this builder
     */
    public Builder codec(CstaCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /**
     * A listener added to every session before it connects, so it sees every state change.
     *
     * @param listener called on the session's dispatcher
     * @return this builder
     */
    public Builder listener(SessionListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * An HTTP header sent when connecting; a second one of the same name replaces the first.
     *
     * @param name not blank
     * @param value the value; shown nowhere (it may be a secret)
     * @return this builder
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isBlank()) {
        throw new IllegalArgumentException("header: the name must not be blank");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * A bearer token, asked for on each connect.
     *
     * @param provider called on a transport thread for every connect and reconnect
     * @return this builder
     */
    public Builder accessTokenProvider(Supplier<String> provider) {
      this.accessToken = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * The client. Each call makes a new one (with its own sessions).
     *
     * @return the client, not yet connected
     * @throws IllegalStateException if the gateway or the credentials are missing, or no transport
     *     on the class path serves the gateway's scheme
     */
    public CstaClient build() {
      URI hub = gateway;
      if (hub == null) {
        throw new IllegalStateException("gateway: required, e.g. https://gateway.example/csta");
      }
      String user = userId;
      String domain = pbxDomain;
      if (user == null || domain == null) {
        throw new IllegalStateException("credentials: required (user, password, PBX domain)");
      }
      if (keepaliveInterval.compareTo(sessionDuration) >= 0) {
        keepaliveInterval = sessionDuration.dividedBy(2);
      }
      CstaTransportFactory factory = transport;
      if (factory == null) {
        factory = transportFor(hub);
      }
      return new CstaClient(this, hub, user, domain, factory); // which takes what it needs at once
    }

    /**
     * The installed transport for {@code hub}, or one exception that says which schemes are served:
     * its message is the whole story, so it is not wrapped around the lookup's own exception.
     */
    @SuppressWarnings(
        "UnusedException") // the lookup's message is kept; its trace would add nothing
    private static CstaTransportFactory transportFor(URI hub) {
      try {
        return CstaTransports.forUri(hub);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage());
      }
    }

    /** {@return the gateway, the user, the headers' names and the main settings; never a secret} */
    @Override
    public String toString() {
      return "gateway="
          + gateway
          + ", user="
          + userId
          + "@"
          + pbxDomain
          + ", password="
          + (password.length == 0 ? "none" : "****")
          + ", headers="
          + headers.keySet()
          + ", requestTimeout="
          + requestTimeout
          + ", "
          + reconnectPolicy;
    }
  }
}
