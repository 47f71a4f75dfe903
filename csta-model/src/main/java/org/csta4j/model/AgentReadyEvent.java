package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An agent is ready to take ACD calls (ECMA-269 Agent Ready). */
@Value.Immutable
public interface AgentReadyEvent extends MonitorEvent {
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

  /** Builds an {@link AgentReadyEvent}. */
  class Builder extends ImmutableAgentReadyEvent.Builder {}
}
