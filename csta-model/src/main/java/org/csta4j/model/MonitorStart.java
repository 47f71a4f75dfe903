package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Starts reporting the events of a device or a call; events then name the returned monitor. */
@Value.Immutable
public interface MonitorStart extends CstaRequest<MonitorStartResponse> {
  /** The device or call to watch; uni-tel device ids look like {@code "u-<trunkId>-<deviceId>"}. */
  CstaObject monitorObject();

  /** The events to suppress; absent means all events are reported. */
  Optional<MonitorFilter> requestedMonitorFilter();

  Optional<MonitorType> monitorType();

  /** Monitors the device {@code device} with all events. */
  static MonitorStart device(String device) {
    return of(CstaObject.device(device));
  }

  /** Monitors {@code monitorObject} with all events. */
  static MonitorStart of(CstaObject monitorObject) {
    return builder().monitorObject(monitorObject).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStart}. */
  class Builder extends ImmutableMonitorStart.Builder {}
}
