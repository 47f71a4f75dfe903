package org.csta4j.session.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionState;

/**
 * Not API: the one way from {@link org.csta4j.session.CstaClient} into the engine. One per client:
 * it holds the threads clients share ({@link #io()}, {@link #events()}, {@link #timer()}) until
 * {@link #close()}, and wires a session per {@link #connect}. Everything behind it (Dagger
 * included) is package-private.
 */
public final class ClientRuntime implements AutoCloseable {
  private final SharedPools pools;
  private final List<DefaultSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClientRuntime(SharedPools pools) {
    this.pools = pools;
  }

  /**
   * A runtime holding the shared threads (started if no other client holds them).
   *
   * @return a runtime to close exactly once, with its client
   */
  public static ClientRuntime open() {
    return new ClientRuntime(SharedPools.acquire());
  }

  /** {@return the shared I/O pool: engine lanes and transport callbacks; never blocked long} */
  public ExecutorService io() {
    return pools.io();
  }

  /** {@return the shared pool that runs listeners when the client was given no executor} */
  public ExecutorService events() {
    return pools.events();
  }

  /** {@return the shared timer, for clients given no scheduler} */
  public Scheduler timer() {
    return pools.timer();
  }

  /**
   * Wires a session for {@code config}, connects it and logs it in; see {@link
   * org.csta4j.session.CstaClient#connect()} for how the future completes. A session that fails to
   * start is forgotten; one that starts is closed by {@link #close()}.
   *
   * @param config the session's complete configuration
   * @return the started session, on the configured executor
   */
  public CompletableFuture<CstaSession> connect(SessionConfig config) {
    DefaultSession session = SessionComponent.create(config).session();
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

  /** {@return the sessions connected through this runtime that are not closed, oldest first} */
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
   * Closes every session, then gives the shared threads back (the last client's close ends them,
   * waiting up to 5 s). Idempotent.
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
}
