package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.SessionClosedException;
import org.csta4j.session.SessionException;
import org.csta4j.session.SessionState;
import org.csta4j.session.SessionUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * The session's state machine, the one place its state changes: {@code CONNECTING -> ACTIVE ->
 * (RECONNECTING -> ACTIVE)* -> CLOSED}, with the current connection, which changes with it. The
 * table {@link #ALLOWED} is the whole machine (and {@code docs/session-states.md} its prose); a
 * move it does not allow is a bug and throws. Moves are made on the engine lane; reads are safe
 * from any thread.
 */
@SessionScope
final class SessionStates {
  /** Every transition the session may make. */
  static final Map<SessionState, Set<SessionState>> ALLOWED = new EnumMap<>(SessionState.class);

  static {
    ALLOWED.put(SessionState.CONNECTING, EnumSet.of(SessionState.ACTIVE, SessionState.CLOSED));
    ALLOWED.put(SessionState.ACTIVE, EnumSet.of(SessionState.RECONNECTING, SessionState.CLOSED));
    ALLOWED.put(SessionState.RECONNECTING, EnumSet.of(SessionState.ACTIVE, SessionState.CLOSED));
    ALLOWED.put(SessionState.CLOSED, EnumSet.noneOf(SessionState.class));
  }

  private final Notifier notifier;

  // guarded by this
  private SessionState state = SessionState.CONNECTING;
  private @Nullable Connection current;
  private @Nullable Throwable closeCause;

  @Inject
  SessionStates(Notifier notifier) {
    this.notifier = notifier;
  }

  static boolean allowed(SessionState from, SessionState to) {
    return ALLOWED.getOrDefault(from, Set.of()).contains(to);
  }

  synchronized SessionState state() {
    return state;
  }

  /** Why the session closed, if it closed for a reason (null when closed by the application). */
  synchronized @Nullable Throwable closeCause() {
    return closeCause;
  }

  /**
   * Moves {@code from -> to} if the session is in {@code from}; false if it is not (a close won).
   *
   * @throws IllegalStateException if the table does not allow the move
   */
  boolean move(SessionState from, SessionState to, @Nullable Throwable cause) {
    return move(from, to, cause, () -> {});
  }

  /**
   * {@link #move(SessionState, SessionState, Throwable)}, with news that listeners must hear just
   * before the state change (and that may rely on the new state already being in force).
   */
  boolean move(SessionState from, SessionState to, @Nullable Throwable cause, Runnable before) {
    if (!allowed(from, to)) {
      throw new IllegalStateException("session: no transition " + from + " -> " + to);
    }
    synchronized (this) {
      if (state != from) {
        return false;
      }
      state = to;
      if (to == SessionState.CLOSED) {
        closeCause = cause;
        current = null;
      }
    }
    before.run();
    notifier.stateChanged(from, to, cause);
    return true;
  }

  /** What {@link #close} ended: the state it closed from and the connection that was current. */
  record Closed(SessionState from, @Nullable Connection last) {}

  /** Moves to CLOSED from wherever the session is; null if it was closed already. */
  @Nullable Closed close(@Nullable Throwable cause) {
    Closed closed;
    synchronized (this) {
      if (state == SessionState.CLOSED) {
        return null;
      }
      closed = new Closed(state, current);
      state = SessionState.CLOSED;
      closeCause = cause;
      current = null;
    }
    notifier.stateChanged(closed.from(), SessionState.CLOSED, cause);
    return closed;
  }

  /** Makes {@code c} the current connection; false if the session is closed. */
  synchronized boolean attach(Connection c) {
    if (state == SessionState.CLOSED) {
      return false;
    }
    current = c;
    return true;
  }

  /** {@code c} is no longer the current connection (it was lost or replaced). */
  synchronized void detach(Connection c) {
    if (current == c) {
      current = null;
    }
  }

  synchronized boolean isCurrent(Connection c) {
    return current == c;
  }

  /** The current connection if the session is ACTIVE, else null. */
  synchronized @Nullable Connection active() {
    return state == SessionState.ACTIVE ? current : null;
  }

  /**
   * Why a request cannot be sent now: the session is closed (with its reason), or not (yet or
   * again) active ({@code gapCause} is why, while reconnecting).
   */
  SessionException refusal(String method, Throwable gapCause) {
    SessionState s;
    Throwable why;
    synchronized (this) {
      s = state;
      why = closeCause;
    }
    if (s == SessionState.CLOSED) {
      return why == null
          ? new SessionClosedException(method + ": the session is closed")
          : new SessionClosedException(
              method + ": the session is closed: " + Failures.describe(why), why);
    }
    return new SessionUnavailableException(
        method + ": not sent, the session is " + s + "; retry when it is ACTIVE again",
        s == SessionState.RECONNECTING ? gapCause : null);
  }
}
