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

  /** {@return the queue's device; empty if the gateway does not name it} */
  Optional<DeviceId> queue();

  /** {@return the number of calls now waiting in the queue; empty if not sent} */
  Optional<Integer> callsWaiting();

  /** {@return how long the oldest waiting call has waited, in seconds; empty if not sent} */
  Optional<Integer> longestWaitingTime();

  /** {@return the number of agents logged on to the queue; empty if not sent} */
  Optional<Integer> agentsLoggedOn();

  /** {@return the number of logged-on agents free to take a call; empty if not sent} */
  Optional<Integer> agentsAvailable();

  /**
   * {@return the number of queue calls answered so far, over the period the gateway counts; empty
   * if not sent}
   */
  Optional<Integer> callsAnswered();

  /**
   * {@return the number of queue calls whose callers hung up before an answer, over the period the
   * gateway counts; empty if not sent}
   */
  Optional<Integer> callsAbandoned();

  /**
   * {@return a new, empty builder of {@link QueueStatisticsEvent}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueueStatisticsEvent}. */
  class Builder extends ImmutableQueueStatisticsEvent.Builder {}
}
