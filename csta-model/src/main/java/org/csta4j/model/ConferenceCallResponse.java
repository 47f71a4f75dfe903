package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link ConferenceCall}: the conference call and its parties. */
@Value.Immutable
public interface ConferenceCallResponse extends CstaResponse {
  /** The conferencing device's connection to the conference. */
  ConnectionId conferenceCall();

  /** The parties of the conference, each with its old and new connection. */
  List<ConnectionListItem> connections();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConferenceCallResponse}. */
  class Builder extends ImmutableConferenceCallResponse.Builder {}
}
