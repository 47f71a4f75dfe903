package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent is doing after-call work (ECMA-269 Agent Working After Call). The schema's {@code
 * pendingAgentState} here has its own values (notReady, ready, null), which {@link
 * PendingAgentState} does not match, so it is kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface AgentWorkingAfterCallEvent extends MonitorEvent {
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

  /** Builds an {@link AgentWorkingAfterCallEvent}. */
  class Builder extends ImmutableAgentWorkingAfterCallEvent.Builder {}
}
