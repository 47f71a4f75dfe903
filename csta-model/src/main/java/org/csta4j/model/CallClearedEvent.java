package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A whole call has ended and all its connections are gone (ECMA-269 Call Cleared). */
@Value.Immutable
public interface CallClearedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The call that ended. */
  ConnectionId clearedCall();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  EventCause cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallClearedEvent}. */
  class Builder extends ImmutableCallClearedEvent.Builder {}
}
