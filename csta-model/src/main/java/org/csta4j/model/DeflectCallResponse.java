package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link DeflectCall}: the switch accepted the request. */
@Value.Immutable
public interface DeflectCallResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link DeflectCall}, with no private data or other fields}
   */
  static DeflectCallResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link DeflectCallResponse}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeflectCallResponse}. */
  class Builder extends ImmutableDeflectCallResponse.Builder {}
}
