package org.csta4j.model;

import java.time.Duration;
import org.immutables.value.Value;

/** The gateway restarted the session timer with the granted duration (ECMA-354). */
@Value.Immutable
public interface ResetApplicationSessionTimerPosResponse extends CstaResponse {
  /** How long the session now lives without another reset. */
  Duration actualSessionDuration();

  static ResetApplicationSessionTimerPosResponse of(Duration actualSessionDuration) {
    return builder().actualSessionDuration(actualSessionDuration).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResetApplicationSessionTimerPosResponse}. */
  class Builder extends ImmutableResetApplicationSessionTimerPosResponse.Builder {}
}
