package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Releases one device from a call; the other parties stay connected if the call survives. */
@Value.Immutable
public interface ClearConnection extends CstaRequest<ClearConnectionResponse> {
  ConnectionId connectionToBeCleared();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  Optional<EventCause> reason();

  /** Hangs up {@code connection}. */
  static ClearConnection of(ConnectionId connection) {
    return builder().connectionToBeCleared(connection).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearConnection}. */
  class Builder extends ImmutableClearConnection.Builder {}
}
