package org.csta4j.model;

import java.time.Duration;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/** Keeps the session alive: restarts its timer with a new duration (ECMA-354). */
@Value.Immutable
public interface ResetApplicationSessionTimer
    extends CstaRequest<ResetApplicationSessionTimerPosResponse> {
  /**
   * {@return the session to keep alive, as {@link StartApplicationSessionPosResponse#sessionId()}
   * gave it}
   */
  String sessionId();

  /**
   * {@return how long the session lives from now without another reset; whole seconds on the wire}
   */
  Duration requestedSessionDuration();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if the session
   *     id is blank or the duration is not positive
   */
  @Value.Check
  default void check() {
    Checks.nonBlank("sessionId", sessionId());
    Checks.positive("requestedSessionDuration", requestedSessionDuration());
  }

  /**
   * Asks for {@code sessionDuration} more of session {@code sessionId}.
   *
   * @param sessionId the session to keep alive
   * @param sessionDuration how long the session should live from now; whole seconds on the wire
   * @return the request
   * @throws IllegalArgumentException if {@code sessionId} is blank or {@code sessionDuration} is
   *     not positive
   */
  static ResetApplicationSessionTimer of(String sessionId, Duration sessionDuration) {
    return builder().sessionId(sessionId).requestedSessionDuration(sessionDuration).build();
  }

  /**
   * {@return a new, empty builder of {@link ResetApplicationSessionTimer}} Setters reject null with
   * a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResetApplicationSessionTimer}. */
  class Builder extends ImmutableResetApplicationSessionTimer.Builder {}
}
