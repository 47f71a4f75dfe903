package org.csta4j.session;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Hears about the session itself: state changes, gaps, faults, and the completion of requests.
 * Called on the session's dispatcher, one call at a time and in order with the events; every method
 * has an empty default, so implement only what you need. What a method throws is logged and does
 * not stop delivery.
 */
public interface SessionListener {
  /**
   * The session changed state.
   *
   * @param from the state it left
   * @param to the state it is in now
   * @param cause the loss, for a move to {@link SessionState#RECONNECTING} or to {@link
   *     SessionState#CLOSED} when recovery gave up; null otherwise
   */
  default void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {}

  /**
   * A recovery finished: events may have been missed in this period. Called once per recovery,
   * after the monitors were restored and resynchronised, before later events.
   *
   * @param gap the period, and what changed in it
   */
  default void onGap(Gap gap) {}

  /**
   * A fault the session handled (or is handling); nothing is required of the listener.
   *
   * @param fault what happened and when
   */
  default void onFault(SessionFault fault) {}

  /**
   * The session's connection was interrupted: its transport lost the socket and is resuming the
   * same connection within the gateway's window (SignalR's stateful reconnect; transports without
   * it never cause this). It is not a loss, and nothing else changes: the state stays, monitors
   * stay {@link MonitorState#ACTIVE}, requests are kept and their timeouts run on (one that times
   * out fails as usual), keepalive goes on. Followed by {@link #onResumed} if the connection comes
   * back; otherwise by what ends the connection: a {@link SessionFault.Kind#CONNECTION_LOST} fault
   * and the recovery that follows any loss, a {@link SessionFault.Kind#RECONNECT_FAILED} for a
   * reconnect attempt's connection, or the session closing.
   *
   * @param cause why the transport says the socket went
   */
  default void onInterrupted(Throwable cause) {}

  /**
   * The interrupted connection is back (see {@link #onInterrupted}): no event was lost or repeated,
   * so there is no {@link Gap}, no new login and no monitor restore; the events sent meanwhile
   * follow, in order.
   *
   * @param interrupted how long the connection was interrupted, on the session's clock
   */
  default void onResumed(Duration interrupted) {}

  /**
   * A reconnect attempt succeeded: the session logged in again and restored and resynchronised its
   * monitors. Called once per recovery, just before {@link #onGap} and the change to {@link
   * SessionState#ACTIVE}.
   *
   * @param took how long the successful attempt took on the session's clock, from opening its
   *     connection to the commit (connect, login, monitor restore, resync); the gap's duration adds
   *     the backoff and the failed attempts before it
   */
  default void onRestored(Duration took) {}

  /**
   * A request of the application completed: answered, failed or timed out, or refused without being
   * sent because the session was not {@link SessionState#ACTIVE}. For metrics: called once per
   * request sent with {@link CstaSession#send} or one of its convenience methods, once per
   * MonitorStart that {@link CstaSession#monitor(String)} sends (none for a handle that exists) and
   * once per MonitorStop of {@link Monitor#stop()}; not for the session's own login, keepalive and
   * restore requests, nor for a request that is not valid. On the dispatcher like the other
   * methods, before or after the request's future completes.
   *
   * <p>The session measures the time only while a registered listener overrides this method: a
   * listener that does not costs nothing per request.
   *
   * @param service the CSTA service, as the gateway names its hub method (e.g. {@code "MakeCall"});
   *     for {@link CstaSession#sendRaw} the method given, and for a request type of the
   *     application's own, its simple class name
   * @param took from sending to the answer, on a monotonic clock; zero for a refused request
   * @param failure null if the gateway answered positively; otherwise what the future fails with
   *     (such as a {@link org.csta4j.model.CstaFailureException}, {@link
   *     org.csta4j.transport.RequestTimeoutException} or {@link SessionUnavailableException})
   */
  default void onRequestCompleted(String service, Duration took, @Nullable Throwable failure) {}
}
