package org.csta4j.model;

import org.immutables.value.Value;

/** Asks for the calls at a device and the state of each. */
@Value.Immutable
public interface SnapshotDevice extends CstaRequest<SnapshotDeviceResponse> {
  /** {@return the device to look at} */
  DeviceId snapshotObject();

  /**
   * The snapshot of {@code device}.
   *
   * @param device the device to look at
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static SnapshotDevice of(String device) {
    return builder().snapshotObject(DeviceId.of(device)).build();
  }

  /**
   * {@return a new, empty builder of {@link SnapshotDevice}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotDevice}. */
  class Builder extends ImmutableSnapshotDevice.Builder {}
}
