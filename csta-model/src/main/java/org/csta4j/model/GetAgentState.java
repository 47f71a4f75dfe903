package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Asks for the ACD agent states at a device. */
@Value.Immutable
public interface GetAgentState extends CstaRequest<GetAgentStateResponse> {
  DeviceId device();

  /** Limits the answer to this ACD group. */
  Optional<DeviceId> acdGroup();

  /** The agent states at {@code device} in all its groups. */
  static GetAgentState of(String device) {
    return builder().device(DeviceId.of(device)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetAgentState}. */
  class Builder extends ImmutableGetAgentState.Builder {}
}
