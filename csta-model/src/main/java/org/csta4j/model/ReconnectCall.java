package org.csta4j.model;

import org.immutables.value.Value;

/** Clears the active call at a device and retrieves its held call. */
@Value.Immutable
public interface ReconnectCall extends CstaRequest<ReconnectCallResponse> {
  /** The active call to clear. */
  ConnectionId activeCall();

  /** The held call to retrieve. */
  ConnectionId heldCall();

  /** Clears {@code activeCall} and retrieves {@code heldCall}. */
  static ReconnectCall of(ConnectionId activeCall, ConnectionId heldCall) {
    return builder().activeCall(activeCall).heldCall(heldCall).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconnectCall}. */
  class Builder extends ImmutableReconnectCall.Builder {}
}
