package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The gateway refused the login (ECMA-354); bad credentials arrive as {@code
 * invalidApplicationInfo}.
 */
@Value.Immutable
public interface StartApplicationSessionNegResponse extends CstaFailure {
  SessionErrorCode errorCode();

  @Override
  default String errorCategory() {
    return "session";
  }

  @Override
  default String errorValue() {
    return errorCode().text();
  }

  static StartApplicationSessionNegResponse of(SessionError error) {
    return builder().errorCode(SessionErrorCode.of(error)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartApplicationSessionNegResponse}. */
  class Builder extends ImmutableStartApplicationSessionNegResponse.Builder {}
}
