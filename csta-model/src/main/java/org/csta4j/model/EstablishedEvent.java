package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call has been answered at a device (ECMA-269 Established). */
@Value.Immutable
public interface EstablishedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The answering connection. */
  ConnectionId establishedConnection();

  ExtendedDeviceId answeringDevice();

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

  /** Builds an {@link EstablishedEvent}. */
  class Builder extends ImmutableEstablishedEvent.Builder {}
}
