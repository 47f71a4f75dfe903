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

  Optional<EventCause> cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorEndedEvent}. */
  class Builder extends ImmutableMonitorEndedEvent.Builder {}
}
