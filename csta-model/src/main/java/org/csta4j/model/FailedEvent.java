package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call could not be completed at a device, e.g. busy or unreachable (ECMA-269 Failed). */
@Value.Immutable
public interface FailedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the connection that failed} */
  ConnectionId failedConnection();

  /** {@return the device that could not be reached, e.g. because it is busy} */
  ExtendedDeviceId failingDevice();

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
   * {@return a new, empty builder of {@link FailedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FailedEvent}. */
  class Builder extends ImmutableFailedEvent.Builder {}
}
