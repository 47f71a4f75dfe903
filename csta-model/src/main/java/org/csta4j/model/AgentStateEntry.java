package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * One agent in a {@link GetAgentStateResponse}: whether it is logged on, and its state in each
 * group.
 */
@Value.Immutable
public interface AgentStateEntry extends Extensible {
  String agentId();

  boolean loggedOnState();

  /** The agent's state in each ACD group (the schema's {@code agentInfoItem} list). */
  List<AgentInfoItem> agentInfo();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentStateEntry}. */
  class Builder extends ImmutableAgentStateEntry.Builder {}
}
