package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The switch ended a monitor on its own, e.g. because the monitored object went away; no more
 * events follow.
 */
@Value.Immutable
public interface MonitorEndedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return why the monitor ended; empty if the switch did not say} */
  Optional<EventCause> cause();

  /**
   * {@return a new, empty builder of {@link MonitorEndedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorEndedEvent}. */
  class Builder extends ImmutableMonitorEndedEvent.Builder {}
}
