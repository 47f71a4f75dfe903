package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link ConferenceCall}: the conference call and its parties. */
@Value.Immutable
public interface ConferenceCallResponse extends CstaResponse {
  /** {@return the conferencing device's connection to the conference} */
  ConnectionId conferenceCall();

  /** {@return the parties of the conference, each with its old and new connection} */
  List<ConnectionListItem> connections();

  /**
   * {@return a new, empty builder of {@link ConferenceCallResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConferenceCallResponse}. */
  class Builder extends ImmutableConferenceCallResponse.Builder {}
}
