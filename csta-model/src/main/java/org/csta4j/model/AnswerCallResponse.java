package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link AnswerCall}: the switch accepted the request. */
@Value.Immutable
public interface AnswerCallResponse extends CstaResponse {
  static AnswerCallResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AnswerCallResponse}. */
  class Builder extends ImmutableAnswerCallResponse.Builder {}
}
