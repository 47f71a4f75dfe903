package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * One agent in a {@link GetAgentStateResponse}: whether it is logged on, and its state in each
 * group.
 */
@Value.Immutable
public interface AgentStateEntry extends Extensible {
  /** {@return the agent's id at the switch} */
  String agentId();

  /** {@return whether the agent is logged on} */
  boolean loggedOnState();

  /** {@return the agent's state in each ACD group (the schema's {@code agentInfoItem} list)} */
  List<AgentInfoItem> agentInfo();

  /**
   * {@return a new, empty builder of {@link AgentStateEntry}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentStateEntry}. */
  class Builder extends ImmutableAgentStateEntry.Builder {}
}
