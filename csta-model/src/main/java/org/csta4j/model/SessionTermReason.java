package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Why the gateway ended a session: a defined reason or the server's own text (ECMA-354). */
@Value.Immutable
public interface SessionTermReason extends Extensible {
  Optional<SessionTermReasonValue> definedTermReason();

  /** The server's own reason, as free text. */
  Optional<String> serverTermReason();

  @Value.Check
  default void check() {
    if (definedTermReason().isPresent() == serverTermReason().isPresent()) {
      throw new IllegalArgumentException(
          "sessionTermReason: exactly one of definedTermReason and serverTermReason");
    }
  }

  static SessionTermReason of(SessionTermReasonValue reason) {
    return builder().definedTermReason(reason).build();
  }

  static SessionTermReason serverTermReason(String text) {
    return builder().serverTermReason(text).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionTermReason}. */
  class Builder extends ImmutableSessionTermReason.Builder {}
}
