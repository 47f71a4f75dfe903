package org.csta4j.simulator;

import java.time.Duration;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.SessionError;

/**
 * Faults to inject, now or on a schedule. Each injection is recorded in {@link
 * CstaSimulator#faultLog()} under the name given in its method's documentation, so a test can
 * assert that it happened. Methods returning a count return how many connections or sessions were
 * hit.
 */
public interface Faults {
  /** {@code drop-connection}: drops every connection without a close frame (a network failure). */
  int dropAllConnections();

  /** {@code drop-connection}: drops one connection by SignalR connection id; false if unknown. */
  boolean dropConnection(String connectionId);

  /**
   * {@code close-connection}: closes every connection cleanly (SignalR Close, then WebSocket 1000).
   */
  int closeAllConnections();

  /**
   * {@code close-with-error}: sends a SignalR Close message with this error to every connection.
   */
  int closeAllConnectionsWithError(String error);

  /** {@code delay-response}: delays the next {@code count} responses by {@code delay}. */
  void delayNextResponses(int count, Duration delay);

  /** {@code fail-response}: the next {@code count} invocations complete with this SignalR error. */
  void failNextResponses(int count, String hubError);

  /** {@code fail-response}: the next {@code count} invocations answer with this CSTA error. */
  void failNextResponses(int count, CstaErrorValue error);

  /**
   * {@code half-open}: the server stops sending (pings included) and reading on every current
   * connection while the sockets stay up, as behind a dead NAT; the clients time out.
   */
  int stopAnsweringPings();

  /**
   * {@code expire-session}: expires every session now; clients get ApplicationSessionTerminated.
   */
  int expireSessions();

  /** {@code reject-login}: logins fail with this ECMA-354 error until {@link #acceptLogins()}. */
  void rejectLogins(SessionError error);

  /** Lets logins succeed again (records {@code accept-logins}). */
  void acceptLogins();

  /** {@code malformed-frame}: sends a frame that is not JSON to every connection. */
  int sendMalformedFrame();

  /** {@code unknown-event}: pushes an event the model does not know to every logged-in session. */
  int sendUnknownEvent(String name, String json);

  /** Runs {@code fault} after {@code delay} on the simulator's scheduler. */
  void schedule(Duration delay, Runnable fault);
}
