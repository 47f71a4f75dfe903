package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Ends a whole call, releasing every device on it. */
@Value.Immutable
public interface ClearCall extends CstaRequest<ClearCallResponse> {
  /** Any connection of the call to end. */
  ConnectionId callToBeCleared();

  Optional<UserData> userData();

  Optional<EventCause> reason();

  /** Ends the call of {@code call}. */
  static ClearCall of(ConnectionId call) {
    return builder().callToBeCleared(call).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearCall}. */
  class Builder extends ImmutableClearCall.Builder {}
}
