package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Two calls have been joined and the transferring device has left (ECMA-269 Transferred). The name
 * keeps the schema's spelling, {@code TransferedEvent}.
 */
@Value.Immutable
public interface TransferedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The transferring device's connection in the call that was transferred. */
  ConnectionId primaryOldCall();

  /** The transferring device's connection in the consultation call, if there was one. */
  Optional<ConnectionId> secondaryOldCall();

  ExtendedDeviceId transferringDevice();

  ExtendedDeviceId transferredToDevice();

  /** How each remaining connection maps from the old calls to the resulting call. */
  List<ConnectionListItem> transferredConnections();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  EventCause cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransferedEvent}. */
  class Builder extends ImmutableTransferedEvent.Builder {}
}
