package org.csta4j.model;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** The gateway accepted the login: the session id and the granted duration. */
@Value.Immutable
public interface StartApplicationSessionPosResponse extends CstaResponse {
  String sessionId();

  Optional<String> actualProtocolVersion();

  /** How long the session lives without a ResetApplicationSessionTimer. */
  Duration actualSessionDuration();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartApplicationSessionPosResponse}. */
  class Builder extends ImmutableStartApplicationSessionPosResponse.Builder {}
}
