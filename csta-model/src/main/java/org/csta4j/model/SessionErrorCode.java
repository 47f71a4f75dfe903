package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a session service failed: a defined error or the application's own text (ECMA-354 errorCode).
 */
@Value.Immutable
public interface SessionErrorCode extends Extensible {
  /** {@return the defined error; empty when {@link #applError()} is given} */
  Optional<SessionError> definedError();

  /** {@return the gateway's own error text; empty when {@link #definedError()} is given} */
  Optional<String> applError();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name unless exactly
   *     one of the defined and the application's error is given
   */
  @Value.Check
  default void check() {
    if (definedError().isPresent() == applError().isPresent()) {
      throw new IllegalArgumentException("errorCode: exactly one of definedError and applError");
    }
  }

  /** {@return the error's wire text: the defined error's name or the application's text} */
  default String text() {
    return definedError().map(SessionError::wireName).orElseGet(() -> applError().orElse(""));
  }

  /**
   * A defined error.
   *
   * @param error the error
   * @return the error code
   */
  static SessionErrorCode of(SessionError error) {
    return builder().definedError(error).build();
  }

  /**
   * An error given as the gateway's own text.
   *
   * @param text the text, as it arrived
   * @return the error code
   */
  static SessionErrorCode applError(String text) {
    return builder().applError(text).build();
  }

  /**
   * {@return a new, empty builder of {@link SessionErrorCode}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionErrorCode}. */
  class Builder extends ImmutableSessionErrorCode.Builder {}
}
