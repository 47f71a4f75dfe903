package org.csta4j.model;

import org.immutables.value.Value;

/** Joins a held call and an active call at the same device into one conference. */
@Value.Immutable
public interface ConferenceCall extends CstaRequest<ConferenceCallResponse> {
  /** {@return the held call at the conferencing device} */
  ConnectionId heldCall();

  /** {@return the active (connected) call at the same device} */
  ConnectionId activeCall();

  /**
   * Conferences {@code heldCall} with {@code activeCall}.
   *
   * @param heldCall the held call at the conferencing device
   * @param activeCall the active call at the same device
   * @return the request
   */
  static ConferenceCall of(ConnectionId heldCall, ConnectionId activeCall) {
    return builder().heldCall(heldCall).activeCall(activeCall).build();
  }

  /**
   * {@return a new, empty builder of {@link ConferenceCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConferenceCall}. */
  class Builder extends ImmutableConferenceCall.Builder {}
}
