package org.csta4j.model;

import org.immutables.value.Value;

/** Asks for the call forwarding settings of a device. */
@Value.Immutable
public interface GetForwarding extends CstaRequest<GetForwardingResponse> {
  /** {@return the device to ask about} */
  DeviceId device();

  /**
   * The forwarding settings of {@code device}.
   *
   * @param device the device to ask about
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static GetForwarding of(String device) {
    return builder().device(DeviceId.of(device)).build();
  }

  /**
   * {@return a new, empty builder of {@link GetForwarding}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetForwarding}. */
  class Builder extends ImmutableGetForwarding.Builder {}
}
