package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Puts a connected call on hold. */
@Value.Immutable
public interface HoldCall extends CstaRequest<HoldCallResponse> {
  ConnectionId callToBeHeld();

  /** Whether the switch keeps the held device's channel reserved for the call. */
  Optional<Boolean> connectionReservation();

  /** Holds {@code call}. */
  static HoldCall of(ConnectionId call) {
    return builder().callToBeHeld(call).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HoldCall}. */
  class Builder extends ImmutableHoldCall.Builder {}
}
