package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call could not be completed at a device, e.g. busy or unreachable (ECMA-269 Failed). */
@Value.Immutable
public interface FailedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The connection that failed. */
  ConnectionId failedConnection();

  ExtendedDeviceId failingDevice();

  ExtendedDeviceId callingDevice();

  ExtendedDeviceId calledDevice();

  RedirectionDeviceId lastRedirectionDevice();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  EventCause cause();

  Optional<ExtendedDeviceId> networkCallingDevice();

  Optional<ExtendedDeviceId> networkCalledDevice();

  Optional<ExtendedDeviceId> associatedCallingDevice();

  Optional<ExtendedDeviceId> associatedCalledDevice();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FailedEvent}. */
  class Builder extends ImmutableFailedEvent.Builder {}
}
