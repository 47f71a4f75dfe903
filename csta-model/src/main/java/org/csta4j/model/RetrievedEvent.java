package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device has taken a held call back (ECMA-269 Retrieved). */
@Value.Immutable
public interface RetrievedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The connection taken off hold. */
  ConnectionId retrievedConnection();

  ExtendedDeviceId retrievingDevice();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  EventCause cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetrievedEvent}. */
  class Builder extends ImmutableRetrievedEvent.Builder {}
}
