package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * uni-tel: a member has been removed from a monitored queue, as the name suggests. uni-tel does not
 * publish this event's JSON; the shape is inferred from its name, so every field is optional and
 * whatever else arrives is kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface QueueRemovedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the queue's device; empty if the gateway does not name it} */
  Optional<DeviceId> queue();

  /** {@return the member's device; empty if the gateway does not name it} */
  Optional<DeviceId> member();

  /**
   * {@return a new, empty builder of {@link QueueRemovedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueueRemovedEvent}. */
  class Builder extends ImmutableQueueRemovedEvent.Builder {}
}
