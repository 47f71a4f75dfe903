package org.csta4j.model;

import org.immutables.value.Value;

/** Joins a held call and an active call at the same device, then drops that device from both. */
@Value.Immutable
public interface TransferCall extends CstaRequest<TransferCallResponse> {
  ConnectionId heldCall();

  ConnectionId activeCall();

  /** Transfers the party of {@code heldCall} to the party of {@code activeCall}. */
  static TransferCall of(ConnectionId heldCall, ConnectionId activeCall) {
    return builder().heldCall(heldCall).activeCall(activeCall).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransferCall}. */
  class Builder extends ImmutableTransferCall.Builder {}
}
