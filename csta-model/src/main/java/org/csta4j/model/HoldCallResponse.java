package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link HoldCall}: the switch accepted the request. */
@Value.Immutable
public interface HoldCallResponse extends CstaResponse {
  static HoldCallResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HoldCallResponse}. */
  class Builder extends ImmutableHoldCallResponse.Builder {}
}
