package org.csta4j.model;

import org.immutables.value.Value;

/** Joins a held call and an active call at the same device into one conference. */
@Value.Immutable
public interface ConferenceCall extends CstaRequest<ConferenceCallResponse> {
  ConnectionId heldCall();

  ConnectionId activeCall();

  /** Conferences {@code heldCall} with {@code activeCall}. */
  static ConferenceCall of(ConnectionId heldCall, ConnectionId activeCall) {
    return builder().heldCall(heldCall).activeCall(activeCall).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConferenceCall}. */
  class Builder extends ImmutableConferenceCall.Builder {}
}
