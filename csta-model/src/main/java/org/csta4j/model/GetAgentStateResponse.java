package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link GetAgentState}: one entry per agent at the device. */
@Value.Immutable
public interface GetAgentStateResponse extends CstaResponse {
  List<AgentStateEntry> agentStateList();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetAgentStateResponse}. */
  class Builder extends ImmutableGetAgentStateResponse.Builder {}
}
