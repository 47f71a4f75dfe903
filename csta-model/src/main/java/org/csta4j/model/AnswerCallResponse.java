package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link AnswerCall}: the switch accepted the request. */
@Value.Immutable
public interface AnswerCallResponse extends CstaResponse {
  /** {@return the positive response to {@link AnswerCall}, with no private data or other fields} */
  static AnswerCallResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link AnswerCallResponse}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AnswerCallResponse}. */
  class Builder extends ImmutableAnswerCallResponse.Builder {}
}
