package org.csta4j.session;

import java.time.Instant;
import java.util.Optional;
import org.csta4j.model.internal.Checks;
import org.csta4j.model.internal.CstaStyle;
import org.immutables.value.Value;

/**
 * Something went wrong that the session handled: reported to {@link SessionListener#onFault}.
 * Immutable; its message never holds a credential.
 */
@Value.Immutable
@CstaStyle
public abstract class SessionFault {
  SessionFault() {}

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

  /** {@return a builder; kind, message and at are required, cause is optional} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return what kind of fault this is} */
  public abstract Kind kind();

  /** {@return what happened, in words (naming the device where one is involved); never blank} */
  public abstract String message();

  /** {@return the failure behind the fault, if there was one (a listener's exception, a loss)} */
  public abstract Optional<Throwable> cause();

  /** {@return when it happened, on the session's clock} */
  public abstract Instant at();

  @Value.Check
  void check() {
    Checks.nonBlank("message", message());
  }

  /** {@return the kind and the message} */
  @Override
  public String toString() {
    return "SessionFault{" + kind() + ": " + message() + "}";
  }

  /** Builds a {@link SessionFault}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableSessionFault.Builder {
    Builder() {}
  }
}
