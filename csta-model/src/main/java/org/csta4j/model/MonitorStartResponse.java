package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The monitor was started: its cross reference id, which every event of the monitor carries. Also
 * the response to uni-tel's {@link MonitorTrunk}.
 */
@Value.Immutable
public interface MonitorStartResponse extends CstaResponse {
  /**
   * {@return the monitor's id; every event of the monitor carries it, and {@link MonitorStop} takes
   * it}
   */
  String monitorCrossRefId();

  /** {@return the filter the switch applies, when it differs from or confirms the requested one} */
  Optional<MonitorFilter> actualMonitorFilter();

  /**
   * {@return whether events are reported for calls that already existed at the monitored object}
   */
  Optional<Boolean> monitorExistingCalls();

  /**
   * The response naming a new monitor.
   *
   * @param monitorCrossRefId the monitor's id
   * @return the response
   */
  static MonitorStartResponse of(String monitorCrossRefId) {
    return builder().monitorCrossRefId(monitorCrossRefId).build();
  }

  /**
   * {@return a new, empty builder of {@link MonitorStartResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStartResponse}. */
  class Builder extends ImmutableMonitorStartResponse.Builder {}
}
