package org.csta4j.model;

import java.time.Duration;
import org.immutables.value.Value;

/** The gateway restarted the session timer with the granted duration (ECMA-354). */
@Value.Immutable
public interface ResetApplicationSessionTimerPosResponse extends CstaResponse {
  /** {@return how long the session now lives without another reset} */
  Duration actualSessionDuration();

  /**
   * The response granting {@code actualSessionDuration}.
   *
   * @param actualSessionDuration how long the session now lives without another reset
   * @return the response
   */
  static ResetApplicationSessionTimerPosResponse of(Duration actualSessionDuration) {
    return builder().actualSessionDuration(actualSessionDuration).build();
  }

  /**
   * {@return a new, empty builder of {@link ResetApplicationSessionTimerPosResponse}} Setters
   * reject null with a {@link NullPointerException} naming the attribute; {@code build()} throws
   * {@link IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResetApplicationSessionTimerPosResponse}. */
  class Builder extends ImmutableResetApplicationSessionTimerPosResponse.Builder {}
}
