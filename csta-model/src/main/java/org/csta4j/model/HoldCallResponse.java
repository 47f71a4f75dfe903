package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link HoldCall}: the switch accepted the request. */
@Value.Immutable
public interface HoldCallResponse extends CstaResponse {
  /** {@return the positive response to {@link HoldCall}, with no private data or other fields} */
  static HoldCallResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link HoldCallResponse}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HoldCallResponse}. */
  class Builder extends ImmutableHoldCallResponse.Builder {}
}
