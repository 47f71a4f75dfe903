package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One device in a snapshot call: the device, its connection and that connection's state. */
@Value.Immutable
public interface SnapshotCallResponseInfo extends Extensible {
  /** {@return the device in the call, possibly not known or restricted} */
  ExtendedDeviceId deviceOnCall();

  /** {@return the device's connection to the call} */
  Optional<ConnectionId> callIdentifier();

  /**
   * {@return the state of the device's connection to the call; empty if the switch does not report
   * it}
   */
  Optional<LocalConnectionState> localConnectionInfo();

  /**
   * {@return a new, empty builder of {@link SnapshotCallResponseInfo}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotCallResponseInfo}. */
  class Builder extends ImmutableSnapshotCallResponseInfo.Builder {}
}
