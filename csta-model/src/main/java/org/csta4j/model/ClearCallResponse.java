package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link ClearCall}: the switch accepted the request. */
@Value.Immutable
public interface ClearCallResponse extends CstaResponse {
  /** {@return the positive response to {@link ClearCall}, with no private data or other fields} */
  static ClearCallResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link ClearCallResponse}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearCallResponse}. */
  class Builder extends ImmutableClearCallResponse.Builder {}
}
