package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The positive response to {@link SetAgentState}. */
@Value.Immutable
public interface SetAgentStateResponse extends CstaResponse {
  /** The state the agent enters once its current call ends, if the change had to wait. */
  Optional<PendingAgentState> pendingAgentState();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetAgentStateResponse}. */
  class Builder extends ImmutableSetAgentStateResponse.Builder {}
}
