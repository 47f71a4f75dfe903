package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device has put a call on hold (ECMA-269 Held). */
@Value.Immutable
public interface HeldEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The connection now on hold. */
  ConnectionId heldConnection();

  ExtendedDeviceId holdingDevice();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  EventCause cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HeldEvent}. */
  class Builder extends ImmutableHeldEvent.Builder {}
}
