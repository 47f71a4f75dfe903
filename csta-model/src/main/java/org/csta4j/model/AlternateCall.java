package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Swaps calls at a device: holds the active call and retrieves the held one. */
@Value.Immutable
public interface AlternateCall extends CstaRequest<AlternateCallResponse> {
  /** {@return the held call to retrieve} */
  ConnectionId heldCall();

  /** {@return the active call to put on hold} */
  ConnectionId activeCall();

  /**
   * {@return whether the switch keeps the device's channel reserved for the call put on hold; empty
   * uses the switch's default}
   */
  Optional<Boolean> connectionReservation();

  /** {@return what the call put on hold may later be used for; empty leaves it unrestricted} */
  Optional<ConsultOptions> consultOptions();

  /**
   * Retrieves {@code heldCall} and holds {@code activeCall}.
   *
   * @param heldCall the held call to retrieve
   * @param activeCall the active call at the same device to put on hold
   * @return the request
   */
  static AlternateCall of(ConnectionId heldCall, ConnectionId activeCall) {
    return builder().heldCall(heldCall).activeCall(activeCall).build();
  }

  /**
   * {@return a new, empty builder of {@link AlternateCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AlternateCall}. */
  class Builder extends ImmutableAlternateCall.Builder {}
}
