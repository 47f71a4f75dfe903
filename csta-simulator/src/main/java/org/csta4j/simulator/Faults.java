package org.csta4j.simulator;

import java.time.Duration;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.SessionError;

/**
 * Faults to inject, now or on a schedule. Each injection is recorded in {@link
 * CstaSimulator#faultLog()} under the name given in its method's documentation, so a test can
 * assert that it happened. Methods returning a count return how many connections or sessions were
 * hit. Thread-safe: any thread may inject faults, also while clients are connected.
 */
public interface Faults {
  /**
   * {@code drop-connection}: drops every connection without a close frame (a network failure). The
   * connections end, also those with stateful reconnect (a resume gets 404); {@link
   * #cutAllConnections(Duration)} cuts the sockets only.
   *
   * @return how many connections were dropped
   */
  int dropAllConnections();

  /**
   * {@code drop-connection}: drops one connection without a close frame.
   *
   * @param connectionId its SignalR connection id (see {@link CstaSimulator#connectionIds()})
   * @return false if no open connection has this id (nothing is recorded then)
   */
  boolean dropConnection(String connectionId);

  /**
   * {@code cut-connection}: cuts every connection's socket as {@link #dropAllConnections()} does (a
   * TCP reset), but a connection that uses stateful reconnect ({@link
   * CstaSimulator.Builder#statefulReconnect(boolean)}) does not end: it waits for its client to
   * resume it within the reconnect window. For {@code duration} the server holds back, unanswered,
   * every request that tries to resume it, as if the network were down; then they go on (a resume,
   * or 404 if the window has elapsed meanwhile). A connection without stateful reconnect ends, as
   * with drop.
   *
   * @param duration how long resumes are held back; zero lets them through at once
   * @return how many connections were cut
   * @throws IllegalArgumentException naming {@code duration} when it is negative
   */
  int cutAllConnections(Duration duration);

  /**
   * {@code cut-connection}: cuts one connection's socket, as {@link #cutAllConnections(Duration)}.
   *
   * @param connectionId its SignalR connection id (see {@link CstaSimulator#connectionIds()})
   * @param duration how long resumes are held back; zero lets them through at once
   * @return false if no open connection has this id (nothing is recorded then)
   * @throws IllegalArgumentException naming {@code duration} when it is negative
   */
  boolean cutConnection(String connectionId, Duration duration);

  /**
   * {@code close-connection}: closes every connection cleanly (SignalR Close, then WebSocket 1000).
   *
   * @return how many connections were closed
   */
  int closeAllConnections();

  /**
   * {@code close-with-error}: sends a SignalR Close message with this error to every connection,
   * then closes its socket normally.
   *
   * @param error the error text the clients receive
   * @return how many connections were closed
   */
  int closeAllConnectionsWithError(String error);

  /**
   * {@code delay-response}: delays the next {@code count} responses, of any connection. The events
   * a delayed request causes are sent at once, so they arrive before its response. Replaces a delay
   * armed earlier.
   *
   * @param count how many responses to delay; 0 disarms
   * @param delay how long each waits
   */
  void delayNextResponses(int count, Duration delay);

  /**
   * {@code fail-response}: the next {@code count} invocations complete with this SignalR error
   * instead of their response (the request still takes effect). Replaces a failure armed earlier.
   *
   * @param count how many responses fail; 0 disarms
   * @param hubError the error text of the completion
   */
  void failNextResponses(int count, String hubError);

  /**
   * {@code fail-response}: the next {@code count} invocations answer with a CSTA error instead of
   * their response (the request still takes effect). Replaces a failure armed earlier.
   *
   * @param count how many responses fail; 0 disarms
   * @param error the error of the CSTAErrorCode the clients receive
   */
  void failNextResponses(int count, CstaErrorValue error);

  /**
   * {@code half-open}: the server stops sending (pings included) and reading on every current
   * connection while the sockets stay up, as behind a dead NAT; the clients time out.
   *
   * @return how many connections went half-open
   */
  int stopAnsweringPings();

  /**
   * {@code expire-session}: expires every session now; clients get ApplicationSessionTerminated and
   * lose their monitors, and the connections stay open.
   *
   * @return how many logged-in sessions expired
   */
  int expireSessions();

  /**
   * {@code reject-login}: logins fail with this ECMA-354 error until {@link #acceptLogins()};
   * sessions already logged in are not affected.
   *
   * @param error the error of the negative response
   */
  void rejectLogins(SessionError error);

  /** Lets logins succeed again (records {@code accept-logins}). */
  void acceptLogins();

  /**
   * {@code malformed-frame}: sends a frame that is not valid JSON to every connection, even a
   * half-open one; the connection stays open.
   *
   * @return how many connections received it
   */
  int sendMalformedFrame();

  /**
   * {@code unknown-event}: pushes an event the model does not know to every logged-in session.
   *
   * @param name the hub method name of the event, e.g. {@code "VendorFeatureChanged"}
   * @param json the event's argument, sent as given (it must be a JSON value)
   * @return how many sessions received it
   */
  int sendUnknownEvent(String name, String json);

  /**
   * Runs {@code fault} after {@code delay} on the simulator's scheduler; not at all if the
   * simulator closes first. An exception {@code fault} throws is not reported.
   *
   * @param delay how long to wait, at millisecond resolution
   * @param fault what to run, typically a call of another method here
   * @throws java.util.concurrent.RejectedExecutionException if the simulator is closed
   */
  void schedule(Duration delay, Runnable fault);
}
