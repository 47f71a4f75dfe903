package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link AlternateCall}: the switch accepted the request. */
@Value.Immutable
public interface AlternateCallResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link AlternateCall}, with no private data or other fields}
   */
  static AlternateCallResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link AlternateCallResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AlternateCallResponse}. */
  class Builder extends ImmutableAlternateCallResponse.Builder {}
}
