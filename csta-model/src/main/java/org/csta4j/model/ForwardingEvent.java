package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device's call forwarding has been switched on, off or changed (ECMA-269 Forwarding). */
@Value.Immutable
public interface ForwardingEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  ExtendedDeviceId device();

  Optional<ForwardingType> forwardingType();

  /** Whether this kind of forwarding is now on. */
  boolean forwardStatus();

  /** The forwarding destination. */
  Optional<DeviceId> forwardTo();

  Optional<ForwardDefault> forwardDefault();

  /** Rings before a no-answer forward, 1 to 100. */
  Optional<Integer> ringCount();

  /** Time before a no-answer forward. */
  Optional<Integer> ringDuration();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForwardingEvent}. */
  class Builder extends ImmutableForwardingEvent.Builder {}
}
