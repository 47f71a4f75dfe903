package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent has logged off from a device or ACD group (ECMA-269 Agent Logged Off). The password
 * never appears in {@code toString()}.
 */
@Value.Immutable
public interface AgentLoggedOffEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The device the agent works at. */
  ExtendedDeviceId agentDevice();

  Optional<String> agentId();

  /** The ACD group concerned. */
  Optional<DeviceId> acdGroup();

  @Value.Redacted
  Optional<String> agentPassword();

  Optional<EventCause> cause();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentLoggedOffEvent}. */
  class Builder extends ImmutableAgentLoggedOffEvent.Builder {}
}
