package org.csta4j.model;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** The gateway accepted the login: the session id and the granted duration. */
@Value.Immutable
public interface StartApplicationSessionPosResponse extends CstaResponse {
  /**
   * {@return the session's id, which ResetApplicationSessionTimer and StopApplicationSession name}
   */
  String sessionId();

  /** {@return the protocol version the gateway chose; empty when it names none, as uni-tel does} */
  Optional<String> actualProtocolVersion();

  /** {@return how long the session lives without a ResetApplicationSessionTimer} */
  Duration actualSessionDuration();

  /**
   * {@return a new, empty builder of {@link StartApplicationSessionPosResponse}} Setters reject
   * null with a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartApplicationSessionPosResponse}. */
  class Builder extends ImmutableStartApplicationSessionPosResponse.Builder {}
}
