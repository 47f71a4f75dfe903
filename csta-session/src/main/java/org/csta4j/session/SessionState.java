package org.csta4j.session;

/**
 * The state of a {@link CstaSession}: {@code CONNECTING -> ACTIVE -> (RECONNECTING -> ACTIVE)* ->
 * CLOSED}.
 */
public enum SessionState {
  /** Connecting and logging in for the first time. */
  CONNECTING,
  /** Logged in: requests are sent and events delivered. */
  ACTIVE,
  /**
   * The connection or the CSTA session was lost; the session is reconnecting, logging in again and
   * restoring monitors. Requests fail fast with {@link SessionUnavailableException}.
   */
  RECONNECTING,
  /** Closed by the application, or given up; final. */
  CLOSED
}
