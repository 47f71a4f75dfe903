package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A call has been redirected away from a device, e.g. deflected or forwarded (ECMA-269 Diverted).
 */
@Value.Immutable
public interface DivertedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The connection at the diverting device that was removed. */
  ConnectionId connection();

  ExtendedDeviceId divertingDevice();

  /** The device the call was diverted to. */
  ExtendedDeviceId newDestination();

  Optional<ExtendedDeviceId> callingDevice();

  Optional<ExtendedDeviceId> calledDevice();

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

  /** Builds a {@link DivertedEvent}. */
  class Builder extends ImmutableDivertedEvent.Builder {}
}
