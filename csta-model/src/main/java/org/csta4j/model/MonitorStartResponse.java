package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The monitor was started: its cross reference id, which every event of the monitor carries. Also
 * the response to uni-tel's {@link MonitorTrunk}.
 */
@Value.Immutable
public interface MonitorStartResponse extends CstaResponse {
  String monitorCrossRefId();

  /** The filter the switch applies, when it differs from or confirms the requested one. */
  Optional<MonitorFilter> actualMonitorFilter();

  /** Whether events are reported for calls that already existed at the monitored object. */
  Optional<Boolean> monitorExistingCalls();

  static MonitorStartResponse of(String monitorCrossRefId) {
    return builder().monitorCrossRefId(monitorCrossRefId).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStartResponse}. */
  class Builder extends ImmutableMonitorStartResponse.Builder {}
}
