package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link AlternateCall}: the switch accepted the request. */
@Value.Immutable
public interface AlternateCallResponse extends CstaResponse {
  static AlternateCallResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AlternateCallResponse}. */
  class Builder extends ImmutableAlternateCallResponse.Builder {}
}
