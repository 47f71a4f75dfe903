package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link SetDoNotDisturb}: the switch accepted the request. */
@Value.Immutable
public interface SetDoNotDisturbResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link SetDoNotDisturb}, with no private data or other
   * fields}
   */
  static SetDoNotDisturbResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link SetDoNotDisturbResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetDoNotDisturbResponse}. */
  class Builder extends ImmutableSetDoNotDisturbResponse.Builder {}
}
