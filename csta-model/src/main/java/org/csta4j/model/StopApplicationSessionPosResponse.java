package org.csta4j.model;

import org.immutables.value.Value;

/** The gateway ended the session as asked (ECMA-354). */
@Value.Immutable
public interface StopApplicationSessionPosResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link StopApplicationSession}, with no private data or other
   * fields}
   */
  static StopApplicationSessionPosResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link StopApplicationSessionPosResponse}} Setters reject null
   * with a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopApplicationSessionPosResponse}. */
  class Builder extends ImmutableStopApplicationSessionPosResponse.Builder {}
}
