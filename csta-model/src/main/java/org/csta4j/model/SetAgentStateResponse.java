package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The positive response to {@link SetAgentState}: the switch accepted the change, at once or, when
 * {@link #pendingAgentState()} is present, once the agent's current call ends.
 */
@Value.Immutable
public interface SetAgentStateResponse extends CstaResponse {
  /** {@return the state the agent enters once its current call ends, if the change had to wait} */
  Optional<PendingAgentState> pendingAgentState();

  /**
   * {@return a new, empty builder of {@link SetAgentStateResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetAgentStateResponse}. */
  class Builder extends ImmutableSetAgentStateResponse.Builder {}
}
