package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link MonitorStop}: the monitor has ended. */
@Value.Immutable
public interface MonitorStopResponse extends CstaResponse {
  static MonitorStopResponse of() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStopResponse}. */
  class Builder extends ImmutableMonitorStopResponse.Builder {}
}
