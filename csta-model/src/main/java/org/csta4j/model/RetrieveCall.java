package org.csta4j.model;

import org.immutables.value.Value;

/** Takes a held call off hold. */
@Value.Immutable
public interface RetrieveCall extends CstaRequest<RetrieveCallResponse> {
  ConnectionId callToBeRetrieved();

  /** Retrieves the held {@code call}. */
  static RetrieveCall of(ConnectionId call) {
    return builder().callToBeRetrieved(call).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetrieveCall}. */
  class Builder extends ImmutableRetrieveCall.Builder {}
}
