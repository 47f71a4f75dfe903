package org.csta4j.model;

import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/** Logs out: ends the application session (ECMA-354). */
@Value.Immutable
public interface StopApplicationSession extends CstaRequest<StopApplicationSessionPosResponse> {
  /**
   * {@return the session to end, as {@link StartApplicationSessionPosResponse#sessionId()} gave it}
   */
  String sessionId();

  /** {@return why the client ends the session, usually {@link SessionEndReason#normal()}} */
  SessionEndReason sessionEndReason();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if the session
   *     id is blank
   */
  @Value.Check
  default void check() {
    Checks.nonBlank("sessionId", sessionId());
  }

  /**
   * The ordinary logout of session {@code sessionId}.
   *
   * @param sessionId the session to end
   * @return the request
   * @throws IllegalArgumentException if {@code sessionId} is blank
   */
  static StopApplicationSession of(String sessionId) {
    return builder().sessionId(sessionId).sessionEndReason(SessionEndReason.normal()).build();
  }

  /**
   * {@return a new, empty builder of {@link StopApplicationSession}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopApplicationSession}. */
  class Builder extends ImmutableStopApplicationSession.Builder {}
}
