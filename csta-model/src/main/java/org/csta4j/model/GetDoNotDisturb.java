package org.csta4j.model;

import org.immutables.value.Value;

/** Asks whether do-not-disturb is on at a device. */
@Value.Immutable
public interface GetDoNotDisturb extends CstaRequest<GetDoNotDisturbResponse> {
  DeviceId device();

  /** The do-not-disturb setting of {@code device}. */
  static GetDoNotDisturb of(String device) {
    return builder().device(DeviceId.of(device)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetDoNotDisturb}. */
  class Builder extends ImmutableGetDoNotDisturb.Builder {}
}
