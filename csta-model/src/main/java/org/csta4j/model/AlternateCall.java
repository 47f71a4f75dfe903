package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Swaps calls at a device: holds the active call and retrieves the held one. */
@Value.Immutable
public interface AlternateCall extends CstaRequest<AlternateCallResponse> {
  /** The held call to retrieve. */
  ConnectionId heldCall();

  /** The active call to put on hold. */
  ConnectionId activeCall();

  /** Whether the switch keeps the device's channel reserved for the call put on hold. */
  Optional<Boolean> connectionReservation();

  Optional<ConsultOptions> consultOptions();

  /** Retrieves {@code heldCall} and holds {@code activeCall}. */
  static AlternateCall of(ConnectionId heldCall, ConnectionId activeCall) {
    return builder().heldCall(heldCall).activeCall(activeCall).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AlternateCall}. */
  class Builder extends ImmutableAlternateCall.Builder {}
}
