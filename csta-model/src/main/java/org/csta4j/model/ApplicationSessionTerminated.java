package org.csta4j.model;

import org.immutables.value.Value;

/** The gateway ended the session on its own, e.g. because its timer expired (ECMA-354). */
@Value.Immutable
public interface ApplicationSessionTerminated extends CstaEvent {
  /**
   * {@return the id of the session that ended, as {@link
   * StartApplicationSessionPosResponse#sessionId()} gave it}
   */
  String sessionId();

  /**
   * {@return why the gateway ended the session, e.g. {@link
   * SessionTermReasonValue#SESSION_TIMER_EXPIRED} when no keepalive came in time}
   */
  SessionTermReason sessionTermReason();

  /**
   * The notice that session {@code sessionId} ended.
   *
   * @param sessionId the session's id
   * @param reason why the gateway ended it
   * @return the event
   */
  static ApplicationSessionTerminated of(String sessionId, SessionTermReason reason) {
    return builder().sessionId(sessionId).sessionTermReason(reason).build();
  }

  /**
   * {@return a new, empty builder of {@link ApplicationSessionTerminated}} Setters reject null with
   * a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationSessionTerminated}. */
  class Builder extends ImmutableApplicationSessionTerminated.Builder {}
}
