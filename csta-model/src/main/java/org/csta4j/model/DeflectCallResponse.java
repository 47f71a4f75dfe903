package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link DeflectCall}: the switch accepted the request. */
@Value.Immutable
public interface DeflectCallResponse extends CstaResponse {
  static DeflectCallResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeflectCallResponse}. */
  class Builder extends ImmutableDeflectCallResponse.Builder {}
}
