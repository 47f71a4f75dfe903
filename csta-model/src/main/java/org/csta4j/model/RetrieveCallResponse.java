package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link RetrieveCall}: the switch accepted the request. */
@Value.Immutable
public interface RetrieveCallResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link RetrieveCall}, with no private data or other fields}
   */
  static RetrieveCallResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link RetrieveCallResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetrieveCallResponse}. */
  class Builder extends ImmutableRetrieveCallResponse.Builder {}
}
