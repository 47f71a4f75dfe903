package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One device in a snapshot call: the device, its connection and that connection's state. */
@Value.Immutable
public interface SnapshotCallResponseInfo extends Extensible {
  ExtendedDeviceId deviceOnCall();

  /** The device's connection to the call. */
  Optional<ConnectionId> callIdentifier();

  Optional<LocalConnectionState> localConnectionInfo();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotCallResponseInfo}. */
  class Builder extends ImmutableSnapshotCallResponseInfo.Builder {}
}
