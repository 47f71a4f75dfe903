package org.csta4j.model;

import org.immutables.value.Value;

/** Clears the active call at a device and retrieves its held call. */
@Value.Immutable
public interface ReconnectCall extends CstaRequest<ReconnectCallResponse> {
  /** {@return the active call to clear} */
  ConnectionId activeCall();

  /** {@return the held call to retrieve} */
  ConnectionId heldCall();

  /**
   * Clears {@code activeCall} and retrieves {@code heldCall}.
   *
   * @param activeCall the active call to clear
   * @param heldCall the held call at the same device to retrieve
   * @return the request
   */
  static ReconnectCall of(ConnectionId activeCall, ConnectionId heldCall) {
    return builder().activeCall(activeCall).heldCall(heldCall).build();
  }

  /**
   * {@return a new, empty builder of {@link ReconnectCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconnectCall}. */
  class Builder extends ImmutableReconnectCall.Builder {}
}
