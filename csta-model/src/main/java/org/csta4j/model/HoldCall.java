package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Puts a connected call on hold. */
@Value.Immutable
public interface HoldCall extends CstaRequest<HoldCallResponse> {
  /** {@return the connected call to put on hold} */
  ConnectionId callToBeHeld();

  /**
   * {@return whether the switch keeps the held device's channel reserved for the call; empty uses
   * the switch's default}
   */
  Optional<Boolean> connectionReservation();

  /**
   * Holds {@code call}.
   *
   * @param call the connected call to put on hold
   * @return the request
   */
  static HoldCall of(ConnectionId call) {
    return builder().callToBeHeld(call).build();
  }

  /**
   * {@return a new, empty builder of {@link HoldCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HoldCall}. */
  class Builder extends ImmutableHoldCall.Builder {}
}
