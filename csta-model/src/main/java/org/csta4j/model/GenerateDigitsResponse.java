package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link GenerateDigits}: the switch accepted the request. */
@Value.Immutable
public interface GenerateDigitsResponse extends CstaResponse {
  static GenerateDigitsResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GenerateDigitsResponse}. */
  class Builder extends ImmutableGenerateDigitsResponse.Builder {}
}
