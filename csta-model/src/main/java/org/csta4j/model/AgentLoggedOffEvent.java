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

  /**
   * {@return the password the agent used, if the switch reports it; masked in {@code toString()}}
   */
  @Value.Redacted
  Optional<String> agentPassword();

  /** {@return why the event happened; empty if the switch did not say} */
  Optional<EventCause> cause();

  /**
   * {@return a new, empty builder of {@link AgentLoggedOffEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentLoggedOffEvent}. */
  class Builder extends ImmutableAgentLoggedOffEvent.Builder {}
}
