package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A whole call has ended and all its connections are gone (ECMA-269 Call Cleared). */
@Value.Immutable
public interface CallClearedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the call that ended} */
  ConnectionId clearedCall();

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
   * {@return a new, empty builder of {@link CallClearedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallClearedEvent}. */
  class Builder extends ImmutableCallClearedEvent.Builder {}
}
