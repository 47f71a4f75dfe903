package org.csta4j.model;

import org.immutables.value.Value;

/** Takes a held call off hold. */
@Value.Immutable
public interface RetrieveCall extends CstaRequest<RetrieveCallResponse> {
  /** {@return the held connection to take off hold} */
  ConnectionId callToBeRetrieved();

  /**
   * Retrieves the held {@code call}.
   *
   * @param call the held connection
   * @return the request
   */
  static RetrieveCall of(ConnectionId call) {
    return builder().callToBeRetrieved(call).build();
  }

  /**
   * {@return a new, empty builder of {@link RetrieveCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetrieveCall}. */
  class Builder extends ImmutableRetrieveCall.Builder {}
}
