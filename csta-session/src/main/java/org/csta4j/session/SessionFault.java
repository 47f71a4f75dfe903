package org.csta4j.session;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Something went wrong that the session handled: reported to {@link SessionListener#onFault}. */
public final class SessionFault {
  /** What kind of fault. */
  public enum Kind {
    /** The connection was lost; recovery starts. */
    CONNECTION_LOST,
    /** The gateway ended the CSTA session (ApplicationSessionTerminated, refused keepalive). */
    SESSION_TERMINATED,
    /** A keepalive got no answer in time: the connection is taken as dead (half-open). */
    KEEPALIVE_FAILED,
    /**
     * The bounded dispatch queue overflowed; recovery and resync follow, nothing is dropped
     * silently.
     */
    DISPATCH_OVERFLOW,
    /** A reconnect attempt failed; another follows per the reconnect policy. */
    RECONNECT_FAILED,
    /**
     * A monitor could not be restored after a reconnect; the handle is {@link MonitorState#LOST}.
     */
    MONITOR_RESTORE_FAILED,
    /** A snapshot after a reconnect failed; the gap lists no changes for that device. */
    RESYNC_FAILED,
    /** A listener threw; delivery to the others and of later events goes on. */
    LISTENER_FAILED,
    /**
     * A listener took longer than the client's slow-listener threshold; events queue up behind it
     * (keepalive does not).
     */
    SLOW_LISTENER,
    /** The transport received a message it could not decode; the connection stays up. */
    MALFORMED_MESSAGE
  }

  private final Kind kind;
  private final String message;
  private final @Nullable Throwable cause;
  private final Instant at;

  public SessionFault(Kind kind, String message, @Nullable Throwable cause, Instant at) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = Objects.requireNonNull(message, "message");
    this.cause = cause;
    this.at = Objects.requireNonNull(at, "at");
  }

  public Kind kind() {
    return kind;
  }

  /** What happened, in words. */
  public String message() {
    return message;
  }

  public @Nullable Throwable cause() {
    return cause;
  }

  /** When it happened, on the session's clock. */
  public Instant at() {
    return at;
  }

  @Override
  public String toString() {
    return "SessionFault{" + kind + ": " + message + "}";
  }
}
