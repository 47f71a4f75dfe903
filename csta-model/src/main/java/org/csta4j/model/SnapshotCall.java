package org.csta4j.model;

import org.immutables.value.Value;

/** Asks for the devices in a call and the state of each one's connection. */
@Value.Immutable
public interface SnapshotCall extends CstaRequest<SnapshotCallResponse> {
  /** {@return a connection of the call to look at} */
  ConnectionId snapshotObject();

  /**
   * The snapshot of the call of {@code call}.
   *
   * @param call a connection of the call
   * @return the request
   */
  static SnapshotCall of(ConnectionId call) {
    return builder().snapshotObject(call).build();
  }

  /**
   * {@return a new, empty builder of {@link SnapshotCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotCall}. */
  class Builder extends ImmutableSnapshotCall.Builder {}
}
