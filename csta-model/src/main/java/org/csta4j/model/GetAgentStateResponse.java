package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link GetAgentState}: one entry per agent at the device. */
@Value.Immutable
public interface GetAgentStateResponse extends CstaResponse {
  /** {@return one entry per agent at the device; empty if no agent is there} */
  List<AgentStateEntry> agentStateList();

  /**
   * {@return a new, empty builder of {@link GetAgentStateResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetAgentStateResponse}. */
  class Builder extends ImmutableGetAgentStateResponse.Builder {}
}
