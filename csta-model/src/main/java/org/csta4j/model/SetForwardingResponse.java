package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link SetForwarding}: the switch accepted the request. */
@Value.Immutable
public interface SetForwardingResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link SetForwarding}, with no private data or other fields}
   */
  static SetForwardingResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link SetForwardingResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetForwardingResponse}. */
  class Builder extends ImmutableSetForwardingResponse.Builder {}
}
