package org.csta4j.simulator.internal;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.jspecify.annotations.Nullable;

/**
 * A SignalR server (negotiate v0/v1, the WebSocket transport, the JSON hub protocol) on Jetty 12
 * core, serving one hub path over http, or https when the settings carry an {@link SSLContext}. The
 * hub's behaviour comes from a {@link HubConnectionHandler} factory; this class knows nothing of
 * CSTA.
 */
final class SignalRServer implements AutoCloseable {
  /** Protocol settings. */
  public static final class Settings {
    final String host;
    final int port;
    final String hubPath;
    final Duration keepAliveInterval;
    final Duration clientTimeout;
    final Duration handshakeTimeout;
    final int maxMessageBytes;
    final @Nullable SSLContext sslContext;
    final boolean needClientAuth;
    final boolean statefulReconnect;
    final Duration statefulReconnectWindow;

    /**
     * @param sslContext serves https with this context's key (and, with {@code needClientAuth},
     *     trusts clients by its trust managers); null for plain http
     * @param statefulReconnect whether negotiate offers stateful reconnect to a client that asks
     * @param statefulReconnectWindow how long a stateful connection waits for a resume
     */
    public Settings(
        String host,
        int port,
        String hubPath,
        Duration keepAliveInterval,
        Duration clientTimeout,
        Duration handshakeTimeout,
        int maxMessageBytes,
        @Nullable SSLContext sslContext,
        boolean needClientAuth,
        boolean statefulReconnect,
        Duration statefulReconnectWindow) {
      this.host = host;
      this.port = port;
      this.hubPath = hubPath;
      this.keepAliveInterval = keepAliveInterval;
      this.clientTimeout = clientTimeout;
      this.handshakeTimeout = handshakeTimeout;
      this.maxMessageBytes = maxMessageBytes;
      this.sslContext = sslContext;
      this.needClientAuth = needClientAuth;
      this.statefulReconnect = statefulReconnect;
      this.statefulReconnectWindow = statefulReconnectWindow;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Settings settings;
  private final Function<HubConnection, HubConnectionHandler> handlers;
  private final ScheduledExecutorService scheduler;
  private final EventLog log;
  private final Map<String, HubConnection> byToken = new ConcurrentHashMap<>();
  private final Server server;
  private final ServerConnector connector;

  public SignalRServer(
      Settings settings,
      Function<HubConnection, HubConnectionHandler> handlers,
      ScheduledExecutorService scheduler,
      EventLog log,
      String threadPrefix) {
    this.settings = settings;
    this.handlers = handlers;
    this.scheduler = scheduler;
    this.log = log;
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName(threadPrefix + "-http");
    threads.setDaemon(true);
    this.server =
        new Server(
            threads,
            new org.eclipse.jetty.util.thread.ScheduledExecutorScheduler(
                threadPrefix + "-jetty-scheduler", true),
            null);
    this.connector =
        settings.sslContext == null
            ? new ServerConnector(server, 1, 1)
            : new ServerConnector(server, 1, 1, tls(settings.sslContext, settings.needClientAuth));
    connector.setHost(settings.host);
    connector.setPort(settings.port);
    server.addConnector(connector);

    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws =
        WebSocketUpgradeHandler.from(
            server,
            context,
            container -> {
              container.setMaxTextMessageSize(settings.maxMessageBytes);
              container.setMaxBinaryMessageSize(settings.maxMessageBytes);
              container.setIdleTimeout(Duration.ofHours(1));
              container.addMapping(settings.hubPath, this::upgrade);
            });
    ws.setHandler(new HttpRoutes());
    context.setHandler(ws);
    server.setHandler(new HoldCutConnections(context));
  }

  private static ConnectionFactory[] tls(SSLContext context, boolean needClientAuth) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setSslContext(context);
    ssl.setNeedClientAuth(needClientAuth);
    HttpConfiguration http = new HttpConfiguration();
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    // the certificate is the caller's, not from a key store Jetty could check SNI names against
    secure.setSniHostCheck(false);
    http.addCustomizer(secure);
    return new ConnectionFactory[] {
      new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
      new HttpConnectionFactory(http)
    };
  }

  /** Starts listening; returns the hub URL, with the bound port. */
  public URI start() throws Exception {
    server.start();
    return hubUrl();
  }

  public URI hubUrl() {
    String host = settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
    String scheme = settings.sslContext == null ? "http" : "https";
    return URI.create(scheme + "://" + host + ":" + connector.getLocalPort() + settings.hubPath);
  }

  /** Every open connection (those with a WebSocket). */
  public Collection<HubConnection> connections() {
    return byToken.values().stream().filter(HubConnection::isOpen).toList();
  }

  Settings settings() {
    return settings;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  EventLog log() {
    return log;
  }

  void forget(HubConnection connection) {
    byToken.remove(connection.token(), connection);
  }

  private static String randomId() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private HubConnection newConnection() {
    String id = randomId();
    String token = randomId();
    HubConnection c = new HubConnection(this, id, token);
    c.attach(handlers.apply(c));
    byToken.put(token, c);
    // a negotiated connection that never opens its socket is forgotten after the client timeout
    ScheduledFuture<?> unused =
        scheduler.schedule(
            () -> {
              if (c.neverOpened()) {
                forget(c);
              }
            },
            settings.clientTimeout.toMillis(),
            TimeUnit.MILLISECONDS);
    return c;
  }

  private @Nullable Object upgrade(
      org.eclipse.jetty.websocket.server.ServerUpgradeRequest request,
      org.eclipse.jetty.websocket.server.ServerUpgradeResponse response,
      Callback callback) {
    Fields query = Request.extractQueryParameters(request);
    String id = query.getValue("id");
    HubConnection c;
    if (id == null) {
      c = newConnection(); // skipNegotiation: a new connection per socket
    } else {
      c = byToken.get(id);
      HubConnection.Claim claim = c == null ? HubConnection.Claim.GONE : c.claimSocket();
      if (c == null || claim == HubConnection.Claim.GONE) {
        log.protocol("upgrade with unknown id -> 404");
        Response.writeError(request, response, callback, 404, "No Connection with that ID");
        return null;
      }
      if (claim == HubConnection.Claim.BUSY) {
        log.protocol("second socket for one connection -> 409");
        Response.writeError(
            request, response, callback, 409, "Connection ID already has an active transport");
        return null;
      }
    }
    if (id == null) {
      c.claimSocket();
    }
    return new HubSocket(c);
  }

  /**
   * Holds back a request for a connection whose socket a fault cut, until the cut ends: to the
   * client, the network is down for that long. Then the request goes on as usual (a resume, or 404
   * if the connection ended meanwhile).
   */
  private final class HoldCutConnections extends Handler.Wrapper {
    HoldCutConnections(Handler next) {
      super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String id =
          request.getHttpURI().getPath().equals(settings.hubPath)
              ? Request.extractQueryParameters(request).getValue("id")
              : null;
      HubConnection c = id == null ? null : byToken.get(id);
      long hold = c == null ? 0 : c.holdMillis();
      if (c == null || hold == 0) {
        return super.handle(request, response, callback);
      }
      log.protocol("request for cut connection " + c.id() + " held " + hold + " ms");
      ScheduledFuture<?> unused =
          scheduler.schedule(
              () -> {
                try {
                  if (!HoldCutConnections.super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                  }
                } catch (Exception | Error e) {
                  callback.failed(e);
                }
              },
              hold,
              TimeUnit.MILLISECONDS);
      return true;
    }
  }

  /** Negotiate, and a plain-HTTP answer for everything else. */
  private final class HttpRoutes extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String path = Request.getPathInContext(request);
      if (path.equals(settings.hubPath + "/negotiate")) {
        if (!HttpMethod.POST.is(request.getMethod())) {
          Response.writeError(request, response, callback, 405);
          return true;
        }
        negotiate(request, response, callback);
        return true;
      }
      if (path.equals(settings.hubPath)) {
        String id = Request.extractQueryParameters(request).getValue("id");
        if (id != null && !byToken.containsKey(id)) {
          Response.writeError(request, response, callback, 404, "No Connection with that ID");
        } else {
          // only the WebSocket transport is offered; a plain request here is not an upgrade
          Response.writeError(request, response, callback, 400, "WebSocket upgrade required");
        }
        return true;
      }
      Response.writeError(request, response, callback, 404);
      return true;
    }

    private void negotiate(Request request, Response response, Callback callback) {
      Fields query = Request.extractQueryParameters(request);
      String version = query.getValue("negotiateVersion");
      boolean v1 = version != null && !version.equals("0");
      // stateful reconnect needs a secret token to resume with, so negotiate v1
      boolean stateful =
          v1 && settings.statefulReconnect && "true".equals(query.getValue("useStatefulReconnect"));
      HubConnection c = newConnection();
      StringBuilder body = new StringBuilder(256);
      body.append("{\"connectionId\":\"").append(c.id()).append('"');
      if (v1) {
        body.append(",\"connectionToken\":\"")
            .append(c.token())
            .append("\",\"negotiateVersion\":1");
        if (stateful) {
          c.offerStatefulReconnect();
          body.append(",\"useStatefulReconnect\":true");
        }
      } else {
        // version 0: the connection id is the token
        byToken.remove(c.token());
        c.useIdAsToken();
        byToken.put(c.token(), c);
      }
      body.append(
          ",\"availableTransports\":[{\"transport\":\"WebSockets\","
              + "\"transferFormats\":[\"Text\",\"Binary\"]}]}");
      log.protocol(
          "negotiate v"
              + (v1 ? 1 : 0)
              + (stateful ? " with stateful reconnect" : "")
              + " -> connection "
              + c.id());
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.write(
          true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }
  }

  @Override
  public void close() {
    for (HubConnection c : List.copyOf(byToken.values())) {
      c.abort();
    }
    try {
      server.stop();
    } catch (Exception e) {
      log.protocol("server stop failed: " + e);
    }
  }
}
