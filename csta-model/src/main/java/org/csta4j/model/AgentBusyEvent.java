package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An agent is busy with an ACD call (ECMA-269 Agent Busy). */
@Value.Immutable
public interface AgentBusyEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The device the agent works at. */
  ExtendedDeviceId agentDevice();

  Optional<String> agentId();

  /** The ACD group concerned. */
  Optional<DeviceId> acdGroup();

  /** The state the agent will enter when the current call ends. */
  Optional<PendingAgentState> pendingAgentState();

  Optional<EventCause> cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentBusyEvent}. */
  class Builder extends ImmutableAgentBusyEvent.Builder {}
}
