package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The gateway refused to end the session (ECMA-354); an unknown session arrives as {@code
 * invalidSessionID}.
 */
@Value.Immutable
public interface StopApplicationSessionNegResponse extends CstaFailure {
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
   * @param error the error, e.g. {@link SessionError#INVALID_SESSION_ID}
   * @return the response
   */
  static StopApplicationSessionNegResponse of(SessionError error) {
    return builder().errorCode(SessionErrorCode.of(error)).build();
  }

  /**
   * {@return a new, empty builder of {@link StopApplicationSessionNegResponse}} Setters reject null
   * with a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopApplicationSessionNegResponse}. */
  class Builder extends ImmutableStopApplicationSessionNegResponse.Builder {}
}
