package org.csta4j.model;

import org.immutables.value.Value;

/** Asks for the devices in a call and the state of each one's connection. */
@Value.Immutable
public interface SnapshotCall extends CstaRequest<SnapshotCallResponse> {
  ConnectionId snapshotObject();

  /** The snapshot of the call of {@code call}. */
  static SnapshotCall of(ConnectionId call) {
    return builder().snapshotObject(call).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotCall}. */
  class Builder extends ImmutableSnapshotCall.Builder {}
}
