package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Asks for the ACD agent states at a device. */
@Value.Immutable
public interface GetAgentState extends CstaRequest<GetAgentStateResponse> {
  /** {@return the device to ask about} */
  DeviceId device();

  /** {@return the ACD group to limit the answer to; empty asks about all groups} */
  Optional<DeviceId> acdGroup();

  /**
   * The agent states at {@code device} in all its groups.
   *
   * @param device the device to ask about
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static GetAgentState of(String device) {
    return builder().device(DeviceId.of(device)).build();
  }

  /**
   * {@return a new, empty builder of {@link GetAgentState}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetAgentState}. */
  class Builder extends ImmutableGetAgentState.Builder {}
}
