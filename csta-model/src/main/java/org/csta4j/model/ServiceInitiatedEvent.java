package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device has gone off-hook or been prompted to start a call (ECMA-269 Service Initiated). */
@Value.Immutable
public interface ServiceInitiatedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The new connection of the initiating device. */
  ConnectionId initiatedConnection();

  ExtendedDeviceId initiatingDevice();

  Optional<ExtendedDeviceId> calledDevice();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  EventCause cause();

  Optional<ExtendedDeviceId> networkCallingDevice();

  Optional<ExtendedDeviceId> networkCalledDevice();

  Optional<ExtendedDeviceId> associatedCallingDevice();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceInitiatedEvent}. */
  class Builder extends ImmutableServiceInitiatedEvent.Builder {}
}
