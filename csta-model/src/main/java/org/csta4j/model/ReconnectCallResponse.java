package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link ReconnectCall}: the switch accepted the request. */
@Value.Immutable
public interface ReconnectCallResponse extends CstaResponse {
  static ReconnectCallResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconnectCallResponse}. */
  class Builder extends ImmutableReconnectCallResponse.Builder {}
}
