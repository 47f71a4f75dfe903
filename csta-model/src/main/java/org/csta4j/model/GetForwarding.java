package org.csta4j.model;

import org.immutables.value.Value;

/** Asks for the call forwarding settings of a device. */
@Value.Immutable
public interface GetForwarding extends CstaRequest<GetForwardingResponse> {
  DeviceId device();

  /** The forwarding settings of {@code device}. */
  static GetForwarding of(String device) {
    return builder().device(DeviceId.of(device)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetForwarding}. */
  class Builder extends ImmutableGetForwarding.Builder {}
}
