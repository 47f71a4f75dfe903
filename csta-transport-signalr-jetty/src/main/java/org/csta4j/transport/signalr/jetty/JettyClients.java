package org.csta4j.transport.signalr.jetty;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.csta4j.model.internal.Threads;
import org.eclipse.jetty.client.HttpClient;
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
 * TLS context (or the JDK's default) gets one {@link HttpClient} and {@link WebSocketCoreClient} on
 * them. When the last lease of a client is returned, that client stops; when the last lease of all
 * is returned, the pool and the timer stop too, so no thread is left behind. Stopping runs on a
 * short-lived thread of its own, never on the thread returning the lease (which may be one of the
 * pool's).
 */
final class JettyClients {
  private static final Logger LOG = LoggerFactory.getLogger(JettyClients.class);

  /** Selectors and workers of every transport together: fixed, whatever the number of sessions. */
  static final int MAX_THREADS = 16;

  private static final Object DEFAULT_TLS = new Object();
  private static final Object LOCK = new Object();

  /** One client per TLS context and how many leases it has. */
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
  private static final IdentityHashMap<Object, Shared> CLIENTS = new IdentityHashMap<>();
  private static @Nullable QueuedThreadPool pool;
  private static @Nullable ScheduledThreadPoolExecutor timers;
  private static int leases;

  private JettyClients() {}

  /** One transport's use of the shared clients; {@link #close()} returns it, once. */
  static final class Lease implements AutoCloseable {
    final HttpClient http;
    final WebSocketCoreClient webSocket;
    final ScheduledExecutorService timers;
    private final Object key;
    private final AtomicBoolean returned = new AtomicBoolean();

    private Lease(Object key, Shared shared, ScheduledExecutorService timers) {
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

  /** {@return a lease of the client for this TLS context, started if it was not} */
  static Lease acquire(Optional<SSLContext> tls) {
    Object key = tls.isPresent() ? tls.get() : DEFAULT_TLS;
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
        shared = newClient(tls, p, t);
        CLIENTS.put(key, shared);
      }
      shared.leases++;
      leases++;
      return new Lease(key, shared, t);
    }
  }

  private static Shared newClient(
      Optional<SSLContext> tls, QueuedThreadPool pool, ScheduledThreadPoolExecutor timers) {
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
    WebSocketComponents components = new WebSocketComponents(null, null, null, null, null, pool);
    WebSocketCoreClient webSocket = new WebSocketCoreClient(http, components);
    start(http);
    start(webSocket);
    return new Shared(http, webSocket);
  }

  private static void start(LifeCycle component) {
    try {
      component.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start Jetty's client: " + e, e);
    }
  }

  private static void release(Object key) {
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
