package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device has put a call on hold (ECMA-269 Held). */
@Value.Immutable
public interface HeldEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the connection now on hold; {@link RetrieveCall#of(ConnectionId)} takes it back} */
  ConnectionId heldConnection();

  /** {@return the device that put the call on hold} */
  ExtendedDeviceId holdingDevice();

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
   * {@return a new, empty builder of {@link HeldEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HeldEvent}. */
  class Builder extends ImmutableHeldEvent.Builder {}
}
