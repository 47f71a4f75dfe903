package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Starts reporting the events of a device or a call; events then name the returned monitor. */
@Value.Immutable
public interface MonitorStart extends CstaRequest<MonitorStartResponse> {
  /**
   * {@return the device or call to watch; uni-tel device ids look like {@code
   * "u-<trunkId>-<deviceId>"}}
   */
  CstaObject monitorObject();

  /** {@return the events to suppress; absent means all events are reported} */
  Optional<MonitorFilter> requestedMonitorFilter();

  /**
   * {@return whether the monitor follows a call or a device; empty lets the switch decide from the
   * monitor object}
   */
  Optional<MonitorType> monitorType();

  /**
   * Monitors the device {@code device} with all events.
   *
   * @param device the device id, e.g. uni-tel's {@code "u-1-100"}
   * @return the request
   * @throws IllegalArgumentException if {@code device} is blank
   */
  static MonitorStart device(String device) {
    return of(CstaObject.device(device));
  }

  /**
   * Monitors {@code monitorObject} with all events.
   *
   * @param monitorObject the device or call to monitor
   * @return the request
   */
  static MonitorStart of(CstaObject monitorObject) {
    return builder().monitorObject(monitorObject).build();
  }

  /**
   * {@return a new, empty builder of {@link MonitorStart}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStart}. */
  class Builder extends ImmutableMonitorStart.Builder {}
}
