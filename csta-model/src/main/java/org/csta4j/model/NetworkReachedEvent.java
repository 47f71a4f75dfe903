package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call has left the switch towards another network (ECMA-269 Network Reached). */
@Value.Immutable
public interface NetworkReachedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The connection to the other network. */
  ConnectionId outboundConnection();

  /** The trunk or other network interface the call went out on. */
  ExtendedDeviceId networkInterfaceUsed();

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

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkReachedEvent}. */
  class Builder extends ImmutableNetworkReachedEvent.Builder {}
}
