package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device has gone off-hook or been prompted to start a call (ECMA-269 Service Initiated). */
@Value.Immutable
public interface ServiceInitiatedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the new connection of the initiating device} */
  ConnectionId initiatedConnection();

  /** {@return the device that is starting a call} */
  ExtendedDeviceId initiatingDevice();

  /** {@return the device being called, if already known (ed6); empty otherwise} */
  Optional<ExtendedDeviceId> calledDevice();

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

  /**
   * {@return why the event happened, e.g. {@link EventCause#NEW_CALL} or {@link
   * EventCause#NORMAL_CLEARING}}
   */
  EventCause cause();

  /**
   * {@return the calling number as the network reported it, for a call that came in over a trunk;
   * empty if the switch does not report it}
   */
  Optional<ExtendedDeviceId> networkCallingDevice();

  /**
   * {@return the called number as the network reported it, e.g. the number dialled before the
   * switch routed the call; empty if the switch does not report it}
   */
  Optional<ExtendedDeviceId> networkCalledDevice();

  /**
   * {@return the trunk or network interface an external call came in on; empty if the switch does
   * not report it}
   */
  Optional<ExtendedDeviceId> associatedCallingDevice();

  /**
   * {@return a new, empty builder of {@link ServiceInitiatedEvent}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceInitiatedEvent}. */
  class Builder extends ImmutableServiceInitiatedEvent.Builder {}
}
