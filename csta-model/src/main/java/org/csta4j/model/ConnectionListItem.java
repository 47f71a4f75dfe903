package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One party of a call after a transfer or conference: its connection in the resulting call and the
 * one it replaces. The schema's {@code associatedNID} and {@code resultingConnectionInfo} are kept
 * in {@link #unknownFields()}.
 */
@Value.Immutable
public interface ConnectionListItem extends Extensible {
  /** The party's connection in the resulting call. */
  Optional<ConnectionId> newConnection();

  /** The party's connection in the call it came from. */
  Optional<ConnectionId> oldConnection();

  /**
   * The party's device, or that it is unknown or withheld. The schema names the device alternative
   * {@code deviceID} here, not {@code deviceIdentifier}.
   */
  Optional<ExtendedDeviceId> endpoint();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionListItem}. */
  class Builder extends ImmutableConnectionListItem.Builder {}
}
