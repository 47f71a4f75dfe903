package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Calls have been joined into a conference (ECMA-269 Conferenced). */
@Value.Immutable
public interface ConferencedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The conferencing device's connection in the call that became the conference. */
  ConnectionId primaryOldCall();

  /** The conferencing device's connection in the consultation call, if there was one. */
  Optional<ConnectionId> secondaryOldCall();

  ExtendedDeviceId conferencingDevice();

  /** The device that joined the conference. */
  ExtendedDeviceId addedParty();

  /** How each connection maps from the old calls to the conference. */
  List<ConnectionListItem> conferenceConnections();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  EventCause cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConferencedEvent}. */
  class Builder extends ImmutableConferencedEvent.Builder {}
}
