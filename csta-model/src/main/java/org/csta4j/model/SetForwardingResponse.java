package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link SetForwarding}: the switch accepted the request. */
@Value.Immutable
public interface SetForwardingResponse extends CstaResponse {
  static SetForwardingResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetForwardingResponse}. */
  class Builder extends ImmutableSetForwardingResponse.Builder {}
}
