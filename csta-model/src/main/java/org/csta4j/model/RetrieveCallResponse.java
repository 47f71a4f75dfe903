package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link RetrieveCall}: the switch accepted the request. */
@Value.Immutable
public interface RetrieveCallResponse extends CstaResponse {
  static RetrieveCallResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetrieveCallResponse}. */
  class Builder extends ImmutableRetrieveCallResponse.Builder {}
}
