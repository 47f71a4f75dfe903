package org.csta4j.model;

import org.immutables.value.Value;

/** Ends a monitor; its events stop. */
@Value.Immutable
public interface MonitorStop extends CstaRequest<MonitorStopResponse> {
  /** {@return the id from the {@link MonitorStartResponse} of the monitor to end} */
  String monitorCrossRefId();

  /**
   * The request to end a monitor.
   *
   * @param monitorCrossRefId the id from the monitor's {@link MonitorStartResponse}
   * @return the request
   */
  static MonitorStop of(String monitorCrossRefId) {
    return builder().monitorCrossRefId(monitorCrossRefId).build();
  }

  /**
   * {@return a new, empty builder of {@link MonitorStop}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStop}. */
  class Builder extends ImmutableMonitorStop.Builder {}
}
