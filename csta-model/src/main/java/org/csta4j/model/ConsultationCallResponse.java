package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The positive response to {@link ConsultationCall}: the new call's connection at the consulting
 * device.
 */
@Value.Immutable
public interface ConsultationCallResponse extends CstaResponse {
  /** {@return the consultation call's connection at the consulting device} */
  ConnectionId initiatedCall();

  /**
   * The response naming the new consultation call.
   *
   * @param initiatedCall the consultation call's connection at the consulting device
   * @return the response
   */
  static ConsultationCallResponse of(ConnectionId initiatedCall) {
    return builder().initiatedCall(initiatedCall).build();
  }

  /**
   * {@return a new, empty builder of {@link ConsultationCallResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsultationCallResponse}. */
  class Builder extends ImmutableConsultationCallResponse.Builder {}
}
