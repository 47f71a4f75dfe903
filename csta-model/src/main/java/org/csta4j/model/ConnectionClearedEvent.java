package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A device has left a call (ECMA-269 Connection Cleared). uni-tel pushes it as the hub event {@code
 * "ConnectionCleared"}; the call goes on while other devices remain in it.
 */
@Value.Immutable
public interface ConnectionClearedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /**
   * {@return the connection that was cleared; when it is the monitored device's own, the call is
   * over there}
   */
  ConnectionId droppedConnection();

  /** {@return the device that left the call} */
  ExtendedDeviceId releasingDevice();

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
   * {@return a new, empty builder of {@link ConnectionClearedEvent}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionClearedEvent}. */
  class Builder extends ImmutableConnectionClearedEvent.Builder {}
}
