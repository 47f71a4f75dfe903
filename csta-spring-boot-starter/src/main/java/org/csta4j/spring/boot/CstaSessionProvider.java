package org.csta4j.spring.boot;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.csta4j.session.CstaSession;

/**
 * The application's one {@link CstaSession}, as a bean. With {@code csta.connect-on-startup=true}
 * (the default) it is connected while the application starts, before the web server takes requests,
 * and {@link #session()} completes at once; with {@code false}, the first call of {@link
 * #session()} connects it.
 *
 * <p>The session recovers from losses by itself (see {@code csta.reconnect.*}). Once it is closed
 * (its recovery gave up, or the first connect failed), the next {@link #session()} connects a new
 * one. It is closed when the application stops. Thread-safe.
 */
public interface CstaSessionProvider {
  /**
   * The session, connecting it if there is none yet or the last one is closed. Concurrent calls
   * share one connect.
   *
   * @return completes with the logged-in session, or exceptionally as {@link
   *     org.csta4j.session.CstaClient#connect()} lists; a copy, so completing or cancelling it
   *     changes nothing for other callers
   */
  CompletableFuture<CstaSession> session();

  /**
   * {@return the session if it is connected or connecting again after a loss, without connecting;
   * empty before the first connect and once it is closed}
   */
  Optional<CstaSession> current();
}
