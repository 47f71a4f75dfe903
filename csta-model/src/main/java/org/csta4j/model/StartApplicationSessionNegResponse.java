package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The gateway refused the login (ECMA-354); bad credentials arrive as {@code
 * invalidApplicationInfo}.
 */
@Value.Immutable
public interface StartApplicationSessionNegResponse extends CstaFailure {
  /** {@return why the gateway refused: a defined ECMA-354 error or the gateway's own text} */
  SessionErrorCode errorCode();

  @Override
  default String errorCategory() {
    return "session";
  }

  @Override
  default String errorValue() {
    return errorCode().text();
  }

  /**
   * The refusal with this defined error.
   *
   * @param error the error, e.g. {@link SessionError#INVALID_APPLICATION_INFO}
   * @return the response
   */
  static StartApplicationSessionNegResponse of(SessionError error) {
    return builder().errorCode(SessionErrorCode.of(error)).build();
  }

  /**
   * {@return a new, empty builder of {@link StartApplicationSessionNegResponse}} Setters reject
   * null with a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartApplicationSessionNegResponse}. */
  class Builder extends ImmutableStartApplicationSessionNegResponse.Builder {}
}
