package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent's state in one ACD group (the schema's {@code AgentInfo}). The schema's {@code
 * agentStateCondition} is kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface AgentInfoItem extends Extensible {
  Optional<DeviceId> acdGroup();

  AgentState agentState();

  /** The state the agent enters once its current call ends. */
  Optional<PendingAgentState> pendingAgentState();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentInfoItem}. */
  class Builder extends ImmutableAgentInfoItem.Builder {}
}
