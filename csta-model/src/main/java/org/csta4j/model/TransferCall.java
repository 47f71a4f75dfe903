package org.csta4j.model;

import org.immutables.value.Value;

/** Joins a held call and an active call at the same device, then drops that device from both. */
@Value.Immutable
public interface TransferCall extends CstaRequest<TransferCallResponse> {
  /** {@return the held call at the transferring device} */
  ConnectionId heldCall();

  /** {@return the active (connected) call at the same device} */
  ConnectionId activeCall();

  /**
   * Transfers the party of {@code heldCall} to the party of {@code activeCall}.
   *
   * @param heldCall the held call at the transferring device
   * @param activeCall the active call at the same device
   * @return the request
   */
  static TransferCall of(ConnectionId heldCall, ConnectionId activeCall) {
    return builder().heldCall(heldCall).activeCall(activeCall).build();
  }

  /**
   * {@return a new, empty builder of {@link TransferCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransferCall}. */
  class Builder extends ImmutableTransferCall.Builder {}
}
