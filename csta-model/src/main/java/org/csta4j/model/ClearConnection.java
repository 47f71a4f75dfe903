package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Releases one device from a call; the other parties stay connected if the call survives. */
@Value.Immutable
public interface ClearConnection extends CstaRequest<ClearConnectionResponse> {
  /** {@return the connection to release: the call at the device that hangs up} */
  ConnectionId connectionToBeCleared();

  /**
   * {@return correlator data to attach to the call, which later events on the call report back;
   * empty attaches none}
   */
  Optional<CorrelatorData> correlatorData();

  /** {@return user-to-user data to send with the request; empty sends none} */
  Optional<UserData> userData();

  /**
   * {@return the reason for the request, which the switch may report as the cause of the events it
   * leads to; empty gives none}
   */
  Optional<EventCause> reason();

  /**
   * Hangs up {@code connection}.
   *
   * @param connection the connection to release
   * @return the request
   */
  static ClearConnection of(ConnectionId connection) {
    return builder().connectionToBeCleared(connection).build();
  }

  /**
   * {@return a new, empty builder of {@link ClearConnection}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearConnection}. */
  class Builder extends ImmutableClearConnection.Builder {}
}
