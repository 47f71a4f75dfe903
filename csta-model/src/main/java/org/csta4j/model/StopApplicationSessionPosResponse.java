package org.csta4j.model;

import org.immutables.value.Value;

/** The gateway ended the session as asked (ECMA-354). */
@Value.Immutable
public interface StopApplicationSessionPosResponse extends CstaResponse {
  static StopApplicationSessionPosResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopApplicationSessionPosResponse}. */
  class Builder extends ImmutableStopApplicationSessionPosResponse.Builder {}
}
