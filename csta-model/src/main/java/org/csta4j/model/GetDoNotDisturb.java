package org.csta4j.model;

import org.immutables.value.Value;

/** Asks whether do-not-disturb is on at a device. */
@Value.Immutable
public interface GetDoNotDisturb extends CstaRequest<GetDoNotDisturbResponse> {
  /** {@return the device to ask about} */
  DeviceId device();

  /**
   * The do-not-disturb setting of {@code device}.
   *
   * @param device the device to ask about
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static GetDoNotDisturb of(String device) {
    return builder().device(DeviceId.of(device)).build();
  }

  /**
   * {@return a new, empty builder of {@link GetDoNotDisturb}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetDoNotDisturb}. */
  class Builder extends ImmutableGetDoNotDisturb.Builder {}
}
