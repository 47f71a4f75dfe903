package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Why the client ends its session: a defined reason or the application's own text (ECMA-354). */
@Value.Immutable
public interface SessionEndReason extends Extensible {
  Optional<SessionEndReasonValue> definedEndReason();

  /** The application's own reason, as free text. */
  Optional<String> appEndReason();

  @Value.Check
  default void check() {
    if (definedEndReason().isPresent() == appEndReason().isPresent()) {
      throw new IllegalArgumentException(
          "sessionEndReason: exactly one of definedEndReason and appEndReason");
    }
  }

  /** The ordinary logout. */
  static SessionEndReason normal() {
    return builder().definedEndReason(SessionEndReasonValue.NORMAL).build();
  }

  static SessionEndReason appEndReason(String text) {
    return builder().appEndReason(text).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionEndReason}. */
  class Builder extends ImmutableSessionEndReason.Builder {}
}
