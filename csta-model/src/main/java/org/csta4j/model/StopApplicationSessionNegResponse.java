package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The gateway refused to end the session (ECMA-354); an unknown session arrives as {@code
 * invalidSessionID}.
 */
@Value.Immutable
public interface StopApplicationSessionNegResponse extends CstaFailure {
  SessionErrorCode errorCode();

  @Override
  default String errorCategory() {
    return "session";
  }

  @Override
  default String errorValue() {
    return errorCode().text();
  }

  static StopApplicationSessionNegResponse of(SessionError error) {
    return builder().errorCode(SessionErrorCode.of(error)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopApplicationSessionNegResponse}. */
  class Builder extends ImmutableStopApplicationSessionNegResponse.Builder {}
}
