package org.csta4j.model;

import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/** Logs out: ends the application session (ECMA-354). */
@Value.Immutable
public interface StopApplicationSession extends CstaRequest<StopApplicationSessionPosResponse> {
  String sessionId();

  SessionEndReason sessionEndReason();

  @Value.Check
  default void check() {
    Checks.nonBlank("sessionId", sessionId());
  }

  /** The ordinary logout of session {@code sessionId}. */
  static StopApplicationSession of(String sessionId) {
    return builder().sessionId(sessionId).sessionEndReason(SessionEndReason.normal()).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopApplicationSession}. */
  class Builder extends ImmutableStopApplicationSession.Builder {}
}
