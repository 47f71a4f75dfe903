package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a session service failed: a defined error or the application's own text (ECMA-354 errorCode).
 */
@Value.Immutable
public interface SessionErrorCode extends Extensible {
  Optional<SessionError> definedError();

  Optional<String> applError();

  @Value.Check
  default void check() {
    if (definedError().isPresent() == applError().isPresent()) {
      throw new IllegalArgumentException("errorCode: exactly one of definedError and applError");
    }
  }

  /** The error's wire text: the defined error's name or the application's text. */
  default String text() {
    return definedError().map(SessionError::wireName).orElseGet(() -> applError().orElse(""));
  }

  static SessionErrorCode of(SessionError error) {
    return builder().definedError(error).build();
  }

  static SessionErrorCode applError(String text) {
    return builder().applError(text).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionErrorCode}. */
  class Builder extends ImmutableSessionErrorCode.Builder {}
}
