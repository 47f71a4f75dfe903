package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call is alerting at a device (ECMA-269 Delivered). */
@Value.Immutable
public interface DeliveredEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The alerting connection. */
  ConnectionId connection();

  ExtendedDeviceId alertingDevice();

  ExtendedDeviceId callingDevice();

  ExtendedDeviceId calledDevice();

  RedirectionDeviceId lastRedirectionDevice();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  EventCause cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliveredEvent}. */
  class Builder extends ImmutableDeliveredEvent.Builder {}
}
