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

  /** {@return the device the agent works at} */
  ExtendedDeviceId agentDevice();

  /**
   * {@return the agent's id, where the switch identifies agents apart from their device; empty if
   * it does not report one}
   */
  Optional<String> agentId();

  /**
   * {@return the ACD group the change applies to; empty if it applies to all the agent's groups or
   * the switch does not say}
   */
  Optional<DeviceId> acdGroup();

  /** {@return why the event happened; empty if the switch did not say} */
  Optional<EventCause> cause();

  /**
   * {@return a new, empty builder of {@link AgentWorkingAfterCallEvent}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentWorkingAfterCallEvent}. */
  class Builder extends ImmutableAgentWorkingAfterCallEvent.Builder {}
}
