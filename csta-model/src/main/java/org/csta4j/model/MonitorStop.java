package org.csta4j.model;

import org.immutables.value.Value;

/** Ends a monitor; its events stop. */
@Value.Immutable
public interface MonitorStop extends CstaRequest<MonitorStopResponse> {
  /** The id from the {@link MonitorStartResponse} of the monitor to end. */
  String monitorCrossRefId();

  static MonitorStop of(String monitorCrossRefId) {
    return builder().monitorCrossRefId(monitorCrossRefId).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStop}. */
  class Builder extends ImmutableMonitorStop.Builder {}
}
