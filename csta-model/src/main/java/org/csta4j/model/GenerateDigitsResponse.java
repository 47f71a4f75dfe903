package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link GenerateDigits}: the switch accepted the request. */
@Value.Immutable
public interface GenerateDigitsResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link GenerateDigits}, with no private data or other fields}
   */
  static GenerateDigitsResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link GenerateDigitsResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GenerateDigitsResponse}. */
  class Builder extends ImmutableGenerateDigitsResponse.Builder {}
}
