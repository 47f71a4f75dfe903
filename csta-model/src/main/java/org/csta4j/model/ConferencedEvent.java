package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Calls have been joined into a conference (ECMA-269 Conferenced). */
@Value.Immutable
public interface ConferencedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the conferencing device's connection in the call that became the conference} */
  ConnectionId primaryOldCall();

  /** {@return the conferencing device's connection in the consultation call, if there was one} */
  Optional<ConnectionId> secondaryOldCall();

  /** {@return the device that set up the conference} */
  ExtendedDeviceId conferencingDevice();

  /** {@return the device that joined the conference} */
  ExtendedDeviceId addedParty();

  /** {@return how each connection maps from the old calls to the conference} */
  List<ConnectionListItem> conferenceConnections();

  /**
   * {@return the state of the monitored device's connection after the event, e.g. {@link
   * LocalConnectionState#CONNECTED}; empty if the switch does not report it}
   */
  Optional<LocalConnectionState> localConnectionInfo();

  /**
   * {@return the application's correlator data attached to the call, as the switch reports it;
   * empty if the call carries none}
   */
  Optional<CorrelatorData> correlatorData();

  /** {@return the user-to-user data carried with the call; empty if there is none} */
  Optional<UserData> userData();

  /**
   * {@return why the event happened, e.g. {@link EventCause#NEW_CALL} or {@link
   * EventCause#NORMAL_CLEARING}}
   */
  EventCause cause();

  /**
   * {@return a new, empty builder of {@link ConferencedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConferencedEvent}. */
  class Builder extends ImmutableConferencedEvent.Builder {}
}
