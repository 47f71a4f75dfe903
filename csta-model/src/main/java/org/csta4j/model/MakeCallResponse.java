package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link MakeCall}: the new call's connection at the calling device. */
@Value.Immutable
public interface MakeCallResponse extends CstaResponse {
  ConnectionId callingDevice();

  static MakeCallResponse of(ConnectionId callingDevice) {
    return builder().callingDevice(callingDevice).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MakeCallResponse}. */
  class Builder extends ImmutableMakeCallResponse.Builder {}
}
