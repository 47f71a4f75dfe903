package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Ends a whole call, releasing every device on it. */
@Value.Immutable
public interface ClearCall extends CstaRequest<ClearCallResponse> {
  /** {@return any connection of the call to end; every party is released} */
  ConnectionId callToBeCleared();

  /** {@return user-to-user data to send with the request; empty sends none} */
  Optional<UserData> userData();

  /**
   * {@return the reason for the request, which the switch may report as the cause of the events it
   * leads to; empty gives none}
   */
  Optional<EventCause> reason();

  /**
   * Ends the call of {@code call} for every party.
   *
   * @param call any connection of the call
   * @return the request
   */
  static ClearCall of(ConnectionId call) {
    return builder().callToBeCleared(call).build();
  }

  /**
   * {@return a new, empty builder of {@link ClearCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearCall}. */
  class Builder extends ImmutableClearCall.Builder {}
}
