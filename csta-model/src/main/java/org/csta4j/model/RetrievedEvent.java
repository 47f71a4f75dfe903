package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device has taken a held call back (ECMA-269 Retrieved). */
@Value.Immutable
public interface RetrievedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the connection taken off hold} */
  ConnectionId retrievedConnection();

  /** {@return the device that took the call off hold} */
  ExtendedDeviceId retrievingDevice();

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
   * {@return a new, empty builder of {@link RetrievedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetrievedEvent}. */
  class Builder extends ImmutableRetrievedEvent.Builder {}
}
