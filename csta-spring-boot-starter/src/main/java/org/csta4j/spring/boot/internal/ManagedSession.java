package org.csta4j.spring.boot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.SessionClosedException;
import org.csta4j.session.SessionState;
import org.csta4j.spring.boot.CstaSessionProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The provider's session, connected at start-up (or on first use) and closed at shutdown. It starts
 * in an early phase, so the session is logged in before the web server takes requests, and stops
 * after the web server. Thread-safe.
 */
public final class ManagedSession implements CstaSessionProvider, SmartLifecycle {
  /** Before the web server ({@code DEFAULT_PHASE - 2048}) starts, after it stops. */
  public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private static final Logger log = LoggerFactory.getLogger(ManagedSession.class);

  private final CstaClient client;
  private final boolean connectOnStartup;
  private final SessionStateTracker tracker;
  private final String gateway;
  private final String login;
  private final List<SessionBinder> binders;

  private final Object lock = new Object();
  private @Nullable CompletableFuture<CstaSession> connecting; // guarded by lock
  private final List<AutoCloseable> bound = new ArrayList<>(); // guarded by lock
  private boolean running; // guarded by lock
  private boolean stopped; // guarded by lock

  /**
   * A provider of sessions of this client.
   *
   * @param client the client that connects them
   * @param connectOnStartup whether {@link #start()} connects
   * @param tracker told when a connect fails
   * @param gateway the gateway as {@code scheme://host:port}, for messages
   * @param login {@code user@pbx-domain}, for messages
   * @param binders attached to each session once it is logged in
   */
  public ManagedSession(
      CstaClient client,
      boolean connectOnStartup,
      SessionStateTracker tracker,
      String gateway,
      String login,
      List<SessionBinder> binders) {
    this.client = client;
    this.connectOnStartup = connectOnStartup;
    this.tracker = tracker;
    this.gateway = gateway;
    this.login = login;
    this.binders = List.copyOf(binders);
  }

  @Override
  public CompletableFuture<CstaSession> session() {
    synchronized (lock) {
      if (stopped) {
        return CompletableFuture.failedFuture(
            new SessionClosedException("csta: the application has stopped its session"));
      }
      CompletableFuture<CstaSession> c = connecting;
      if (c == null || !usable(c)) {
        closeBound();
        c = connect();
        connecting = c;
      }
      return c.copy();
    }
  }

  @Override
  public Optional<CstaSession> current() {
    synchronized (lock) {
      CompletableFuture<CstaSession> c = connecting;
      if (c == null || !c.isDone() || !usable(c)) {
        return Optional.empty();
      }
      return Optional.of(c.join());
    }
  }

  private static boolean usable(CompletableFuture<CstaSession> c) {
    return !c.isDone()
        || (!c.isCompletedExceptionally() && c.join().state() != SessionState.CLOSED);
  }

  private CompletableFuture<CstaSession> connect() {
    return client
        .connect()
        .whenComplete(
            (s, e) -> {
              if (e != null) {
                tracker.connectFailed(e);
              } else {
                bind(s);
              }
            });
  }

  private void bind(CstaSession session) {
    List<AutoCloseable> made = new ArrayList<>();
    for (SessionBinder b : binders) {
      try {
        made.add(b.bind(session));
      } catch (Exception e) {
        log.warn("csta: could not attach {} to the session: {}", b, e.toString());
      }
    }
    synchronized (lock) {
      if (stopped) {
        made.forEach(ManagedSession::closeQuietly);
      } else {
        bound.addAll(made);
      }
    }
  }

  /**
   * Connects the session unless {@code csta.connect-on-startup} is false, and waits for it: the
   * client bounds the connect and login by its connect and request timeouts.
   *
   * @throws CstaStartupException if the session cannot be connected or logged in
   */
  @Override
  public void start() {
    synchronized (lock) {
      stopped = false;
      running = true;
    }
    if (!connectOnStartup) {
      log.info("csta: the session to {} connects on first use", gateway);
      return;
    }
    try {
      CstaSession s = session().join();
      log.info("csta: logged in at {} as {}, session {}", gateway, login, s.sessionId());
    } catch (CompletionException e) {
      synchronized (lock) {
        running = false;
      }
      throw new CstaStartupException(gateway, login, SessionStateTracker.unwrap(e));
    }
  }

  /** Closes the session (waiting at most {@code csta.close-timeout}) and detaches its binders. */
  @Override
  public void stop() {
    CompletableFuture<CstaSession> c;
    synchronized (lock) {
      running = false;
      stopped = true;
      c = connecting;
      connecting = null;
      closeBound();
    }
    if (c != null) {
      if (c.isDone()) {
        if (!c.isCompletedExceptionally()) {
          c.join().close();
        }
      } else {
        // still logging in: close it once it is in (a failed connect leaves nothing to close)
        CompletableFuture<Void> unused = c.thenAccept(CstaSession::close);
      }
    }
  }

  @Override
  public boolean isRunning() {
    synchronized (lock) {
      return running;
    }
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  private void closeBound() {
    synchronized (lock) {
      bound.forEach(ManagedSession::closeQuietly);
      bound.clear();
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      log.warn("csta: detaching {} failed: {}", c, e.toString());
    }
  }

  /** {@return the gateway, the login and whether a session is connected; never a secret} */
  @Override
  public String toString() {
    return "CstaSessionProvider{"
        + gateway
        + ", "
        + login
        + ", connected="
        + current().isPresent()
        + "}";
  }
}
