package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link MonitorStop}: the monitor has ended. */
@Value.Immutable
public interface MonitorStopResponse extends CstaResponse {
  /**
   * {@return the positive response to {@link MonitorStop}, with no private data or other fields}
   */
  static MonitorStopResponse of() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link MonitorStopResponse}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStopResponse}. */
  class Builder extends ImmutableMonitorStopResponse.Builder {}
}
