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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.csta4j.json.CstaCodec;
import org.csta4j.session.internal.Args;
import org.csta4j.session.internal.DefaultSession;
import org.csta4j.session.internal.SessionComponent;
import org.csta4j.session.internal.SessionConfig;
import org.csta4j.session.internal.SharedPools;
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
 */
public final class CstaClient implements AutoCloseable {
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final String name;

  /** What every session of this client is made from; each gets its own name. */
  private final SessionConfig template;

  private final List<DefaultSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicInteger sessionCount = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();

  private CstaClient(Builder b, CstaTransportFactory transportFactory) {
    this.name = "csta4j-" + CLIENTS.incrementAndGet();
    SharedPools pools = SharedPools.acquire();
    ExecutorService io = pools.io();
    TransportConfig.Builder tc =
        TransportConfig.builder(b.gateway, io)
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
            .userId(b.userId)
            .password(b.password)
            .pbxDomain(b.pbxDomain)
            .applicationId(b.applicationId)
            .sessionDuration(b.sessionDuration)
            .keepaliveInterval(b.keepaliveInterval)
            .requestTimeout(b.requestTimeout)
            .closeTimeout(b.closeTimeout)
            .reconnectPolicy(b.reconnectPolicy)
            .executor(b.executor == null ? pools.events() : b.executor)
            .ioExecutor(io)
            .scheduler(b.scheduler == null ? pools.timer() : b.scheduler)
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

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Connects and logs in. Completes, on the client's executor, with an {@link SessionState#ACTIVE}
   * session, or exceptionally with exactly one of:
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
   * later losses are.
   */
  public CompletableFuture<CstaSession> connect() {
    if (closed.get()) {
      return CompletableFuture.failedFuture(
          new SessionClosedException(name + ": client is closed"));
    }
    SessionConfig sc =
        SessionConfig.builder()
            .from(template)
            .name(name + "/" + sessionCount.incrementAndGet())
            .build();
    DefaultSession session = SessionComponent.create(sc).session();
    sessions.add(session);
    return session
        .start()
        .whenComplete(
            (s, e) -> {
              if (e != null) {
                sessions.remove(session);
              }
            });
  }

  /** The sessions this client connected and that are not closed. */
  public List<CstaSession> sessions() {
    List<CstaSession> open = new ArrayList<>();
    for (DefaultSession s : sessions) {
      if (s.state() != SessionState.CLOSED) {
        open.add(s);
      }
    }
    return open;
  }

  /**
   * Closes every session. Clients share their I/O, event and timer threads; when the last open
   * client closes, those threads end too (waiting up to 5 s for them).
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (DefaultSession s : sessions) {
      s.close();
    }
    sessions.clear();
    SharedPools.release();
  }

  @Override
  public String toString() {
    return "CstaClient{" + name + ", " + template + "}";
  }

  /** Builds a {@link CstaClient}. Only the gateway and the credentials are required. */
  public static final class Builder {
    private @Nullable URI gateway;
    private @Nullable CstaTransportFactory transport;
    private @Nullable String userId;
    private char[] password = new char[0];
    private @Nullable String pbxDomain;
    private String applicationId = "csta4j";
    private Duration sessionDuration = Duration.ofSeconds(120);
    private Duration keepaliveInterval = Duration.ofSeconds(60);
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

    /** The gateway's hub URL, e.g. {@code https://gateway.example/csta}. Required. */
    public Builder gateway(URI gateway) {
      this.gateway = Objects.requireNonNull(gateway, "gateway");
      return this;
    }

    /** {@link #gateway(URI)} from a string. */
    public Builder gateway(String gateway) {
      Objects.requireNonNull(gateway, "gateway");
      try {
        return gateway(URI.create(gateway));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("gateway: not a URI: " + gateway, e);
      }
    }

    /** The transport to use, instead of the one found for the gateway's scheme. */
    public Builder transport(CstaTransportFactory factory) {
      this.transport = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * The login: user, password and PBX domain. The password is copied; clear your array when done.
     * It never appears in logs, {@code toString()} or exception messages.
     */
    public Builder credentials(String userId, char[] password, String pbxDomain) {
      this.userId = Args.nonBlank("userId", userId);
      Objects.requireNonNull(password, "password");
      this.password = password.clone();
      this.pbxDomain = Args.nonBlank("pbxDomain", pbxDomain);
      return this;
    }

    /** {@link #credentials(String, char[], String)} with a string password. */
    public Builder credentials(String userId, String password, String pbxDomain) {
      Objects.requireNonNull(password, "password");
      return credentials(userId, password.toCharArray(), pbxDomain);
    }

    /** The applicationID sent at login (default {@code csta4j}). */
    public Builder applicationId(String id) {
      this.applicationId = Args.nonBlank("applicationId", id);
      return this;
    }

    /** The session duration asked for at login and on each keepalive (default 120 s). */
    public Builder sessionDuration(Duration d) {
      this.sessionDuration = Args.positive("sessionDuration", d);
      return this;
    }

    /**
     * The longest time between keepalives (default 60 s). The session also never waits more than
     * half of the duration the gateway granted.
     */
    public Builder keepaliveInterval(Duration d) {
      this.keepaliveInterval = Args.positive("keepaliveInterval", d);
      return this;
    }

    /** The default timeout of each request (default 10 s); {@code send} can override it. */
    public Builder requestTimeout(Duration d) {
      this.requestTimeout = Args.positive("requestTimeout", d);
      return this;
    }

    /**
     * How long connecting may take: negotiate, the socket and the SignalR handshake together
     * (default 10 s). The login that follows has the request timeout.
     */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Args.positive("connectTimeout", d);
      return this;
    }

    /**
     * The largest message the gateway may send, in bytes (default 4 MiB). A larger one is refused
     * before it is read: the connection is closed and the session recovers as for any loss, with a
     * fault that names the limit.
     */
    public Builder maxMessageBytes(int bytes) {
      this.maxMessageBytes = Args.atLeastOne("maxMessageBytes", bytes);
      return this;
    }

    /** How long {@code close()} waits for StopApplicationSession (default 2 s). */
    public Builder closeTimeout(Duration d) {
      this.closeTimeout = Args.positive("closeTimeout", d);
      return this;
    }

    public Builder reconnectPolicy(ReconnectPolicy policy) {
      this.reconnectPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Where listeners and the stages of returned futures run (default: a thread pool of the
     * client's own). Events of one session still reach listeners one at a time, in order. Do not
     * block on a session's future inside a listener if this executor has a single thread.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** The timer for keepalive and reconnect backoff (default: one thread of the client's). */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** The clock for gap times and give-up decisions (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of reconnect jitter; a seeded one makes backoff reproducible. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * How many events may wait for listeners (default 10 000). More is an overflow: a reported
     * fault, then recovery and resync.
     */
    public Builder dispatchCapacity(int events) {
      this.dispatchCapacity = Args.atLeastOne("dispatchCapacity", events);
      return this;
    }

    /** The buffer of each {@link java.util.concurrent.Flow.Subscriber} (default 1024). */
    public Builder subscriberBuffer(int events) {
      this.subscriberBuffer = Args.atLeastOne("subscriberBuffer", events);
      return this;
    }

    /** A listener slower than this is reported as a {@link SessionFault.Kind#SLOW_LISTENER}. */
    public Builder slowListenerThreshold(Duration d) {
      this.slowListenerThreshold = Args.positive("slowListenerThreshold", d);
      return this;
    }

    /**
     * Whether to track calls per monitored device and snapshot them after a gap (default on). Off:
     * {@link Monitor#calls()} is empty and a gap lists no changes.
     */
    public Builder callTracking(boolean on) {
      this.callTracking = on;
      return this;
    }

    /** The codec that renders events for {@link CstaSession#onRawEvent}. */
    public Builder codec(CstaCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /** A listener added to every session before it connects, so it sees every state change. */
    public Builder listener(SessionListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** An HTTP header sent when connecting. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isBlank()) {
        throw new IllegalArgumentException("header: the name must not be blank");
      }
      headers.put(name, value);
      return this;
    }

    /** A bearer token, asked for on each connect. */
    public Builder accessTokenProvider(Supplier<String> provider) {
      this.accessToken = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if the gateway or the credentials are missing, or no transport
     *     on the class path serves the gateway's scheme
     */
    public CstaClient build() {
      if (gateway == null) {
        throw new IllegalStateException("gateway: required, e.g. https://gateway.example/csta");
      }
      if (userId == null || pbxDomain == null) {
        throw new IllegalStateException("credentials: required (user, password, PBX domain)");
      }
      if (keepaliveInterval.compareTo(sessionDuration) >= 0) {
        keepaliveInterval = sessionDuration.dividedBy(2);
      }
      CstaTransportFactory factory = transport;
      if (factory == null) {
        try {
          factory = CstaTransports.forUri(gateway);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
      return new CstaClient(this, factory); // which takes what it needs at once
    }

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
