package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Why the gateway ended a session: a defined reason or the server's own text (ECMA-354). */
@Value.Immutable
public interface SessionTermReason extends Extensible {
  /** {@return the defined reason; empty when {@link #serverTermReason()} is given} */
  Optional<SessionTermReasonValue> definedTermReason();

  /**
   * {@return the server's own reason, as free text; empty when {@link #definedTermReason()} is
   * given}
   */
  Optional<String> serverTermReason();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name unless exactly
   *     one of the defined and the server's reason is given
   */
  @Value.Check
  default void check() {
    if (definedTermReason().isPresent() == serverTermReason().isPresent()) {
      throw new IllegalArgumentException(
          "sessionTermReason: exactly one of definedTermReason and serverTermReason");
    }
  }

  /**
   * A termination for a defined reason.
   *
   * @param reason the reason
   * @return the termination reason
   */
  static SessionTermReason of(SessionTermReasonValue reason) {
    return builder().definedTermReason(reason).build();
  }

  /**
   * A termination for the server's own reason.
   *
   * @param text the reason, as free text
   * @return the termination reason
   */
  static SessionTermReason serverTermReason(String text) {
    return builder().serverTermReason(text).build();
  }

  /**
   * {@return a new, empty builder of {@link SessionTermReason}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionTermReason}. */
  class Builder extends ImmutableSessionTermReason.Builder {}
}
