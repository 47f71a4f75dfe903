package org.csta4j.transport.signalr.jetty;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.csta4j.model.internal.Threads;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpProxy;
import org.eclipse.jetty.client.Origin;
import org.eclipse.jetty.client.Socks5Proxy;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.client.WebSocketCoreClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM's Jetty clients, shared by every Jetty SignalR transport and reference-counted: the first
 * lease starts one fixed pool of daemon threads (selectors and workers) and one timer thread; each
 * TLS context (or the JDK's default) and proxy (or none) gets one {@link HttpClient} and {@link
 * WebSocketCoreClient} on them. A proxy is the client's: Jetty picks it from the client's {@code
 * ProxyConfiguration} by the destination alone, so transports with different proxies (or none) must
 * not share a client, or one's proxy would carry the other's connections. When the last lease of a
 * client is returned, that client stops; when the last lease of all is returned, the pool and the
 * timer stop too, so no thread is left behind. Stopping runs on a short-lived thread of its own,
 * never on the thread returning the lease (which may be one of the pool's).
 */
final class JettyClients {
  private static final Logger LOG = LoggerFactory.getLogger(JettyClients.class);

  /** Selectors and workers of every transport together: fixed, whatever the number of sessions. */
  static final int MAX_THREADS = 16;

  private static final Object DEFAULT_TLS = new Object();
  private static final Object LOCK = new Object();

  /**
   * What a client is shared by: its TLS context (by identity, or {@link #DEFAULT_TLS}) and its
   * proxy (by {@link Proxy#equals}: type and address), or null for a direct connection.
   */
  private record Key(Object tls, @Nullable Proxy proxy) {}

  /** One client per key and how many leases it has. */
  private static final class Shared {
    final HttpClient http;
    final WebSocketCoreClient webSocket;
    int leases;

    Shared(HttpClient http, WebSocketCoreClient webSocket) {
      this.http = http;
      this.webSocket = webSocket;
    }
  }

  // all guarded by LOCK
  private static final HashMap<Key, Shared> CLIENTS = new HashMap<>();
  private static @Nullable QueuedThreadPool pool;
  private static @Nullable ScheduledThreadPoolExecutor timers;
  private static int leases;

  private JettyClients() {}

  /** One transport's use of the shared clients; {@link #close()} returns it, once. */
  static final class Lease implements AutoCloseable {
    final HttpClient http;
    final WebSocketCoreClient webSocket;
    final ScheduledExecutorService timers;
    private final Key key;
    private final AtomicBoolean returned = new AtomicBoolean();

    private Lease(Key key, Shared shared, ScheduledExecutorService timers) {
      this.key = key;
      this.http = shared.http;
      this.webSocket = shared.webSocket;
      this.timers = timers;
    }

    @Override
    public void close() {
      if (returned.compareAndSet(false, true)) {
        release(key);
      }
    }
  }

  /**
   * {@return a lease of the client for this TLS context and proxy, started if it was not}
   *
   * @param tls the TLS context, or empty for the JDK's default
   * @param proxy the proxy, or empty (or {@link Proxy#NO_PROXY}) for a direct connection
   */
  static Lease acquire(Optional<SSLContext> tls, Optional<Proxy> proxy) {
    Proxy via = proxy.filter(x -> x.type() != Proxy.Type.DIRECT).orElse(null);
    Key key = new Key(tls.isPresent() ? tls.get() : DEFAULT_TLS, via);
    synchronized (LOCK) {
      QueuedThreadPool p = pool;
      ScheduledThreadPoolExecutor t = timers;
      if (p == null || t == null) {
        // a fixed pool, threads only as work needs them, and one reserved thread: with it the
        // selector's thread reads a ready connection itself and hands the selecting to the reserved
        // one (Jetty's execute-produce-consume), instead of dispatching every read to a worker;
        // measured with TransportLoopbackCheck, see docs/benchmarks.md
        p =
            new QueuedThreadPool(
                MAX_THREADS, 2, 60_000, 1, null, null, Threads.numbered("csta4j-jetty-"));
        p.setName("csta4j-jetty");
        p.setDaemon(true);
        start(p);
        t = new ScheduledThreadPoolExecutor(1, Threads.named("csta4j-jetty-timers"));
        t.setRemoveOnCancelPolicy(true); // answered requests and stopped tickers leave nothing
        pool = p;
        timers = t;
      }
      Shared shared = CLIENTS.get(key);
      if (shared == null) {
        shared = newClient(tls, via, p, t);
        CLIENTS.put(key, shared);
      }
      shared.leases++;
      leases++;
      return new Lease(key, shared, t);
    }
  }

  private static Shared newClient(
      Optional<SSLContext> tls,
      @Nullable Proxy proxy,
      QueuedThreadPool pool,
      ScheduledThreadPoolExecutor timers) {
    SslContextFactory.Client ssl = new SslContextFactory.Client();
    // the gateway's name is checked against its certificate (Jetty's default, said out loud)
    ssl.setEndpointIdentificationAlgorithm("HTTPS");
    tls.ifPresent(ssl::setSslContext);
    ClientConnector connector = new ClientConnector();
    connector.setSelectors(1);
    connector.setExecutor(pool);
    connector.setScheduler(new ScheduledExecutorScheduler(timers));
    connector.setSslContextFactory(ssl);
    HttpClient http = new HttpClient(new HttpClientTransportOverHTTP(connector));
    http.setExecutor(pool);
    http.setScheduler(new ScheduledExecutorScheduler(timers));
    http.setFollowRedirects(false); // SignalR redirects in the negotiate body, not with 3xx
    http.setUserAgentField(null);
    if (proxy != null) {
      http.getProxyConfiguration().addProxy(jettyProxy(proxy));
    }
    WebSocketComponents components = new WebSocketComponents(null, null, null, null, null, pool);
    WebSocketCoreClient webSocket = new WebSocketCoreClient(http, components);
    start(http);
    start(webSocket);
    return new Shared(http, webSocket);
  }

  /**
   * {@return Jetty's proxy for this one, for every destination} HTTP: a CONNECT tunnel for {@code
   * https} and for every WebSocket ({@code ws} as well as {@code wss}), absolute-form requests for
   * plain {@code http}; SOCKS: version 5 without authentication. The host is taken as given, not
   * resolved here.
   */
  static org.eclipse.jetty.client.ProxyConfiguration.Proxy jettyProxy(Proxy proxy) {
    if (!(proxy.address() instanceof InetSocketAddress a)) {
      throw new IllegalArgumentException("proxy: no host and port in " + proxy);
    }
    return switch (proxy.type()) {
      case HTTP -> new WebSocketTunnellingProxy(a.getHostString(), a.getPort());
      case SOCKS -> new Socks5Proxy(a.getHostString(), a.getPort());
      case DIRECT -> throw new IllegalArgumentException("proxy: a direct connection is no proxy");
    };
  }

  /**
   * An HTTP proxy that tunnels plain {@code ws} too, as RFC 6455 (4.1) asks and browsers do: Jetty
   * would send the upgrade in absolute form as {@code GET ws://host/path}, a scheme that HTTP
   * proxies need not know.
   */
  private static final class WebSocketTunnellingProxy extends HttpProxy {
    WebSocketTunnellingProxy(String host, int port) {
      super(host, port);
    }

    @Override
    public boolean requiresTunnel(Origin origin) {
      return "ws".equalsIgnoreCase(origin.getScheme()) || super.requiresTunnel(origin);
    }
  }

  private static void start(LifeCycle component) {
    try {
      component.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start Jetty's client: " + e, e);
    }
  }

  private static void release(Key key) {
    List<LifeCycle> stop = new ArrayList<>();
    ScheduledThreadPoolExecutor stopTimers = null;
    synchronized (LOCK) {
      Shared shared = CLIENTS.get(key);
      if (shared == null) {
        return;
      }
      leases--;
      if (--shared.leases == 0) {
        CLIENTS.remove(key);
        stop.add(shared.webSocket);
        stop.add(shared.http);
      }
      if (leases == 0) {
        if (pool != null) {
          stop.add(pool);
        }
        stopTimers = timers;
        pool = null;
        timers = null;
      }
    }
    if (stop.isEmpty()) {
      return;
    }
    ScheduledThreadPoolExecutor t = stopTimers;
    Threads.daemon(
            () -> {
              for (LifeCycle c : stop) {
                try {
                  c.stop();
                } catch (Exception e) {
                  LOG.debug("stopping {}", c, e);
                }
              }
              if (t != null) {
                t.shutdownNow();
              }
            },
            "csta4j-jetty-stop")
        .start();
  }
}
