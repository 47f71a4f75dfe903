package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One call at a snapshot device: its connection there and the call's state. */
@Value.Immutable
public interface SnapshotDeviceResponseInfo extends Extensible {
  /** {@return the call's connection at the snapshot device} */
  ConnectionId connectionIdentifier();

  /** {@return the device at the other end of the call, if known} */
  Optional<ExtendedDeviceId> endpointDevice();

  /** {@return the call's state at the device} */
  CallState localCallState();

  /**
   * {@return a new, empty builder of {@link SnapshotDeviceResponseInfo}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotDeviceResponseInfo}. */
  class Builder extends ImmutableSnapshotDeviceResponseInfo.Builder {}
}
