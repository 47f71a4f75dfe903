package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device has left a call (ECMA-269 Connection Cleared). */
@Value.Immutable
public interface ConnectionClearedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The connection that was cleared. */
  ConnectionId droppedConnection();

  ExtendedDeviceId releasingDevice();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  EventCause cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionClearedEvent}. */
  class Builder extends ImmutableConnectionClearedEvent.Builder {}
}
