package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Why the client ends its session: a defined reason or the application's own text (ECMA-354). */
@Value.Immutable
public interface SessionEndReason extends Extensible {
  /**
   * {@return the defined reason, {@link SessionEndReasonValue#NORMAL}; empty when {@link
   * #appEndReason()} is given}
   */
  Optional<SessionEndReasonValue> definedEndReason();

  /**
   * {@return the application's own reason, as free text; empty when {@link #definedEndReason()} is
   * given}
   */
  Optional<String> appEndReason();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name unless exactly
   *     one of the defined and the application's reason is given
   */
  @Value.Check
  default void check() {
    if (definedEndReason().isPresent() == appEndReason().isPresent()) {
      throw new IllegalArgumentException(
          "sessionEndReason: exactly one of definedEndReason and appEndReason");
    }
  }

  /** {@return the ordinary logout's reason, {@link SessionEndReasonValue#NORMAL}} */
  static SessionEndReason normal() {
    return builder().definedEndReason(SessionEndReasonValue.NORMAL).build();
  }

  /**
   * A logout with the application's own reason.
   *
   * @param text the reason, as free text
   * @return the end reason
   */
  static SessionEndReason appEndReason(String text) {
    return builder().appEndReason(text).build();
  }

  /**
   * {@return a new, empty builder of {@link SessionEndReason}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionEndReason}. */
  class Builder extends ImmutableSessionEndReason.Builder {}
}
