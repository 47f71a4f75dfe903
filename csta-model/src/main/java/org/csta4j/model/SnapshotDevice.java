package org.csta4j.model;

import org.immutables.value.Value;

/** Asks for the calls at a device and the state of each. */
@Value.Immutable
public interface SnapshotDevice extends CstaRequest<SnapshotDeviceResponse> {
  DeviceId snapshotObject();

  /** The snapshot of {@code device}. */
  static SnapshotDevice of(String device) {
    return builder().snapshotObject(DeviceId.of(device)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotDevice}. */
  class Builder extends ImmutableSnapshotDevice.Builder {}
}
