package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link ClearCall}: the switch accepted the request. */
@Value.Immutable
public interface ClearCallResponse extends CstaResponse {
  static ClearCallResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearCallResponse}. */
  class Builder extends ImmutableClearCallResponse.Builder {}
}
