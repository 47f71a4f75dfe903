package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * uni-tel: the state of a member of a monitored queue has changed. uni-tel does not publish this
 * event's JSON; the shape is inferred from its name, so every field is optional and whatever else
 * arrives is kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface QueueMemberEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  Optional<DeviceId> queue();

  /** The member's device. */
  Optional<DeviceId> member();

  Optional<String> agentId();

  Optional<AgentState> agentState();

  /** Whether the member is logged on to the queue. */
  Optional<Boolean> loggedOn();

  /** Whether the member is paused, i.e. gets no queue calls for now. */
  Optional<Boolean> paused();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueueMemberEvent}. */
  class Builder extends ImmutableQueueMemberEvent.Builder {}
}
