package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * uni-tel's request to monitor every device and queue of the trunk the session logged in to. It is
 * answered by a {@link MonitorStartResponse}; uni-tel adds {@code monitorCount} to its private
 * data.
 */
@Value.Immutable
public interface MonitorTrunk extends CstaRequest<MonitorStartResponse> {
  /** The device object {@code "1"} stands for the whole trunk. */
  CstaObject monitorObject();

  /** The events to suppress; absent means all events are reported. */
  Optional<MonitorFilter> requestedMonitorFilter();

  Optional<MonitorType> monitorType();

  /** Monitors the trunk through {@code deviceObject}; {@code "1"} means the whole trunk. */
  static MonitorTrunk trunk(String deviceObject) {
    return builder().monitorObject(CstaObject.device(deviceObject)).build();
  }

  /** Monitors the whole trunk (device object {@code "1"}). */
  static MonitorTrunk wholeTrunk() {
    return trunk("1");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorTrunk}. */
  class Builder extends ImmutableMonitorTrunk.Builder {}
}
