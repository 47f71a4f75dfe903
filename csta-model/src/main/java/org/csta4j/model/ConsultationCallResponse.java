package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The positive response to {@link ConsultationCall}: the new call's connection at the consulting
 * device.
 */
@Value.Immutable
public interface ConsultationCallResponse extends CstaResponse {
  ConnectionId initiatedCall();

  static ConsultationCallResponse of(ConnectionId initiatedCall) {
    return builder().initiatedCall(initiatedCall).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsultationCallResponse}. */
  class Builder extends ImmutableConsultationCallResponse.Builder {}
}
