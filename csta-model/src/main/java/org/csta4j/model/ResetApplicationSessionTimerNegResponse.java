package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The gateway refused to restart the session timer (ECMA-354): {@code invalidSessionID} or {@code
 * serverCannotResetSessionTimer}.
 */
@Value.Immutable
public interface ResetApplicationSessionTimerNegResponse extends CstaFailure {
  SessionErrorCode errorCode();

  @Override
  default String errorCategory() {
    return "session";
  }

  @Override
  default String errorValue() {
    return errorCode().text();
  }

  static ResetApplicationSessionTimerNegResponse of(SessionError error) {
    return builder().errorCode(SessionErrorCode.of(error)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResetApplicationSessionTimerNegResponse}. */
  class Builder extends ImmutableResetApplicationSessionTimerNegResponse.Builder {}
}
