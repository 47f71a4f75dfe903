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

  /** {@return the queue's device; empty if the gateway does not name it} */
  Optional<DeviceId> queue();

  /** {@return the member's device; empty if the gateway does not name it} */
  Optional<DeviceId> member();

  /** {@return the member's agent id; empty if the gateway does not send one} */
  Optional<String> agentId();

  /** {@return the member's agent state; empty if the gateway does not send one} */
  Optional<AgentState> agentState();

  /** {@return whether the member is logged on to the queue} */
  Optional<Boolean> loggedOn();

  /** {@return whether the member is paused, i.e. gets no queue calls for now} */
  Optional<Boolean> paused();

  /**
   * {@return a new, empty builder of {@link QueueMemberEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueueMemberEvent}. */
  class Builder extends ImmutableQueueMemberEvent.Builder {}
}
