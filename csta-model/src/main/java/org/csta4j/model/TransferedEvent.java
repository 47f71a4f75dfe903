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

  /** {@return the transferring device's connection in the call that was transferred} */
  ConnectionId primaryOldCall();

  /** {@return the transferring device's connection in the consultation call, if there was one} */
  Optional<ConnectionId> secondaryOldCall();

  /** {@return the device that made the transfer and has left the call} */
  ExtendedDeviceId transferringDevice();

  /** {@return the device the call was transferred to} */
  ExtendedDeviceId transferredToDevice();

  /** {@return how each remaining connection maps from the old calls to the resulting call} */
  List<ConnectionListItem> transferredConnections();

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
   * {@return a new, empty builder of {@link TransferedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransferedEvent}. */
  class Builder extends ImmutableTransferedEvent.Builder {}
}
