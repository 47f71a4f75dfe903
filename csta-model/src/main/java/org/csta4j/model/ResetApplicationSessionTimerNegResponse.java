package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The gateway refused to restart the session timer (ECMA-354): {@code invalidSessionID} or {@code
 * serverCannotResetSessionTimer}.
 */
@Value.Immutable
public interface ResetApplicationSessionTimerNegResponse extends CstaFailure {
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
   * @param error the error, e.g. {@link SessionError#SERVER_CANNOT_RESET_SESSION_TIMER}
   * @return the response
   */
  static ResetApplicationSessionTimerNegResponse of(SessionError error) {
    return builder().errorCode(SessionErrorCode.of(error)).build();
  }

  /**
   * {@return a new, empty builder of {@link ResetApplicationSessionTimerNegResponse}} Setters
   * reject null with a {@link NullPointerException} naming the attribute; {@code build()} throws
   * {@link IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResetApplicationSessionTimerNegResponse}. */
  class Builder extends ImmutableResetApplicationSessionTimerNegResponse.Builder {}
}
