package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One call at a snapshot device: its connection there and the call's state. */
@Value.Immutable
public interface SnapshotDeviceResponseInfo extends Extensible {
  /** The call's connection at the snapshot device. */
  ConnectionId connectionIdentifier();

  /** The device at the other end of the call, if known. */
  Optional<ExtendedDeviceId> endpointDevice();

  CallState localCallState();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotDeviceResponseInfo}. */
  class Builder extends ImmutableSnapshotDeviceResponseInfo.Builder {}
}
