package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent's state in one ACD group (the schema's {@code AgentInfo}). The schema's {@code
 * agentStateCondition} is kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface AgentInfoItem extends Extensible {
  /** {@return the ACD group this state is in; empty if the switch does not name it} */
  Optional<DeviceId> acdGroup();

  /** {@return the agent's state in the group} */
  AgentState agentState();

  /** {@return the state the agent enters once its current call ends} */
  Optional<PendingAgentState> pendingAgentState();

  /**
   * {@return a new, empty builder of {@link AgentInfoItem}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentInfoItem}. */
  class Builder extends ImmutableAgentInfoItem.Builder {}
}
