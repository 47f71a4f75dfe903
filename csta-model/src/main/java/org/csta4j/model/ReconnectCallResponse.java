package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link ReconnectCall}: the switch accepted the request. */
@Value.Immutable
public interface ReconnectCallResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link ReconnectCall}, with no private data or other fields}
   */
  static ReconnectCallResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link ReconnectCallResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconnectCallResponse}. */
  class Builder extends ImmutableReconnectCallResponse.Builder {}
}
