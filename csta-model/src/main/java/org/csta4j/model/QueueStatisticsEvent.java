package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * uni-tel: current figures of a monitored queue. uni-tel does not publish this event's JSON; the
 * shape is inferred from its name, so every field is optional and whatever else arrives is kept in
 * {@link #unknownFields()}.
 */
@Value.Immutable
public interface QueueStatisticsEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  Optional<DeviceId> queue();

  /** Calls now waiting in the queue. */
  Optional<Integer> callsWaiting();

  /** How long the oldest waiting call has waited, in seconds. */
  Optional<Integer> longestWaitingTime();

  Optional<Integer> agentsLoggedOn();

  /** Logged-on agents free to take a call. */
  Optional<Integer> agentsAvailable();

  Optional<Integer> callsAnswered();

  Optional<Integer> callsAbandoned();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueueStatisticsEvent}. */
  class Builder extends ImmutableQueueStatisticsEvent.Builder {}
}
