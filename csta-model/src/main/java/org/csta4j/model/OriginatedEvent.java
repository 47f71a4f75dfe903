package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call is being placed from a device towards its called device (ECMA-269 Originated). */
@Value.Immutable
public interface OriginatedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The connection of the calling device. */
  ConnectionId originatedConnection();

  ExtendedDeviceId callingDevice();

  ExtendedDeviceId calledDevice();

  /** The device that asked for the call when it differs from the calling device. */
  Optional<DeviceId> originatingDevice();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  EventCause cause();

  Optional<ExtendedDeviceId> networkCallingDevice();

  Optional<ExtendedDeviceId> networkCalledDevice();

  Optional<ExtendedDeviceId> associatedCallingDevice();

  Optional<ExtendedDeviceId> associatedCalledDevice();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OriginatedEvent}. */
  class Builder extends ImmutableOriginatedEvent.Builder {}
}
