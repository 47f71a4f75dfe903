package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link ClearConnection}: the switch accepted the request. */
@Value.Immutable
public interface ClearConnectionResponse extends CstaResponse {
  static ClearConnectionResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearConnectionResponse}. */
  class Builder extends ImmutableClearConnectionResponse.Builder {}
}
