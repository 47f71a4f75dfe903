package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * uni-tel: a member has been added to a monitored queue, as the name suggests. uni-tel does not
 * publish this event's JSON; the shape is inferred from its name, so every field is optional and
 * whatever else arrives is kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface QueueAddedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  Optional<DeviceId> queue();

  /** The member's device. */
  Optional<DeviceId> member();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueueAddedEvent}. */
  class Builder extends ImmutableQueueAddedEvent.Builder {}
}
