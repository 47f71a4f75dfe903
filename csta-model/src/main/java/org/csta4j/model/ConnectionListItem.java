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
  /** {@return the party's connection in the resulting call} */
  Optional<ConnectionId> newConnection();

  /** {@return the party's connection in the call it came from} */
  Optional<ConnectionId> oldConnection();

  /**
   * {@return the party's device, or that it is unknown or withheld} The schema names the device
   * alternative {@code deviceID} here, not {@code deviceIdentifier}.
   */
  Optional<ExtendedDeviceId> endpoint();

  /**
   * {@return a new, empty builder of {@link ConnectionListItem}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionListItem}. */
  class Builder extends ImmutableConnectionListItem.Builder {}
}
