package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A call is alerting at a device (ECMA-269 Delivered). uni-tel pushes it as the hub event {@code
 * "Delivered"}; answer it with {@link AnswerCall} on {@link #connection()}.
 */
@Value.Immutable
public interface DeliveredEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /**
   * {@return the alerting connection at the alerting device; {@link AnswerCall#of(ConnectionId)}
   * and {@link DeflectCall} take it}
   */
  ConnectionId connection();

  /** {@return the device that is ringing} */
  ExtendedDeviceId alertingDevice();

  /**
   * {@return the device that placed the call, or {@link ExtendedDeviceId#notKnown()} or {@link
   * ExtendedDeviceId#restricted()} when the switch does not know it or withholds it}
   */
  ExtendedDeviceId callingDevice();

  /** {@return the device originally called (the number dialled), or not known or restricted} */
  ExtendedDeviceId calledDevice();

  /**
   * {@return the device that last redirected the call, or why there is none: {@link
   * RedirectionDeviceId.Kind#NOT_REQUIRED} for a call that was never redirected}
   */
  RedirectionDeviceId lastRedirectionDevice();

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
   * {@return a new, empty builder of {@link DeliveredEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliveredEvent}. */
  class Builder extends ImmutableDeliveredEvent.Builder {}
}
