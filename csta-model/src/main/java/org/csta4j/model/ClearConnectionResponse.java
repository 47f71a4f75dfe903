package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link ClearConnection}: the switch accepted the request. */
@Value.Immutable
public interface ClearConnectionResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link ClearConnection}, with no private data or other
   * fields}
   */
  static ClearConnectionResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link ClearConnectionResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearConnectionResponse}. */
  class Builder extends ImmutableClearConnectionResponse.Builder {}
}
