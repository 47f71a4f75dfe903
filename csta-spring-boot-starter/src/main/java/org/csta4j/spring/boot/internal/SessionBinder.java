package org.csta4j.spring.boot.internal;

import org.csta4j.session.CstaSession;

/**
 * Attaches something to each session the starter connects (the metrics), and detaches it when the
 * session is replaced or the application stops.
 */
@FunctionalInterface
public interface SessionBinder {
  /**
   * Attaches to a session that has just logged in.
   *
   * @param session the session, {@link org.csta4j.session.SessionState#ACTIVE}
   * @return what detaches it again; its {@code close()} should not throw
   * @throws Exception if it cannot attach; the session stays in use
   */
  AutoCloseable bind(CstaSession session) throws Exception;
}
