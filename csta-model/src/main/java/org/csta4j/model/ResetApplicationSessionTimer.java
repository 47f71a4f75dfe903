package org.csta4j.model;

import java.time.Duration;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/** Keeps the session alive: restarts its timer with a new duration (ECMA-354). */
@Value.Immutable
public interface ResetApplicationSessionTimer
    extends CstaRequest<ResetApplicationSessionTimerPosResponse> {
  String sessionId();

  /** How long the session lives from now without another reset; whole seconds on the wire. */
  Duration requestedSessionDuration();

  @Value.Check
  default void check() {
    Checks.nonBlank("sessionId", sessionId());
    Checks.positive("requestedSessionDuration", requestedSessionDuration());
  }

  /** Asks for {@code sessionDuration} more of session {@code sessionId}. */
  static ResetApplicationSessionTimer of(String sessionId, Duration sessionDuration) {
    return builder().sessionId(sessionId).requestedSessionDuration(sessionDuration).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResetApplicationSessionTimer}. */
  class Builder extends ImmutableResetApplicationSessionTimer.Builder {}
}
