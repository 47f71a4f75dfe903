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
  /** {@return the trunk to monitor; the device object {@code "1"} stands for the whole trunk} */
  CstaObject monitorObject();

  /** {@return the events to suppress; absent means all events are reported} */
  Optional<MonitorFilter> requestedMonitorFilter();

  /** {@return whether the monitor follows calls or devices; empty lets the gateway decide} */
  Optional<MonitorType> monitorType();

  /**
   * Monitors the trunk through {@code deviceObject}; {@code "1"} means the whole trunk.
   *
   * @param deviceObject the device object to send
   * @return the request
   * @throws IllegalArgumentException if {@code deviceObject} is blank
   */
  static MonitorTrunk trunk(String deviceObject) {
    return builder().monitorObject(CstaObject.device(deviceObject)).build();
  }

  /** {@return the request to monitor the whole trunk (device object {@code "1"})} */
  static MonitorTrunk wholeTrunk() {
    return trunk("1");
  }

  /**
   * {@return a new, empty builder of {@link MonitorTrunk}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorTrunk}. */
  class Builder extends ImmutableMonitorTrunk.Builder {}
}
