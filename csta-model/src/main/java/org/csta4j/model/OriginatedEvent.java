package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call is being placed from a device towards its called device (ECMA-269 Originated). */
@Value.Immutable
public interface OriginatedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the connection of the calling device} */
  ConnectionId originatedConnection();

  /** {@return the device that places the call} */
  ExtendedDeviceId callingDevice();

  /** {@return the device being called, or not known or restricted} */
  ExtendedDeviceId calledDevice();

  /** {@return the device that asked for the call when it differs from the calling device} */
  Optional<DeviceId> originatingDevice();

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
   * {@return the trunk or network interface an external call goes out on; empty if the switch does
   * not report it}
   */
  Optional<ExtendedDeviceId> associatedCalledDevice();

  /**
   * {@return a new, empty builder of {@link OriginatedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OriginatedEvent}. */
  class Builder extends ImmutableOriginatedEvent.Builder {}
}
