package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An agent is not available for ACD calls (ECMA-269 Agent Not Ready). */
@Value.Immutable
public interface AgentNotReadyEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The device the agent works at. */
  ExtendedDeviceId agentDevice();

  Optional<String> agentId();

  /** The ACD group concerned. */
  Optional<DeviceId> acdGroup();

  Optional<EventCause> cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentNotReadyEvent}. */
  class Builder extends ImmutableAgentNotReadyEvent.Builder {}
}
