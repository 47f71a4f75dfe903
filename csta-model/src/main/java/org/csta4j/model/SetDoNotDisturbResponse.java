package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link SetDoNotDisturb}: the switch accepted the request. */
@Value.Immutable
public interface SetDoNotDisturbResponse extends CstaResponse {
  static SetDoNotDisturbResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetDoNotDisturbResponse}. */
  class Builder extends ImmutableSetDoNotDisturbResponse.Builder {}
}
