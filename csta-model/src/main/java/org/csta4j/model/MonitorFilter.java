package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The events a monitor suppresses, by group. Every flag set to {@code true} filters its event
 * <em>out</em>; an absent group or flag lets the events through, so {@link #none()} reports all.
 */
@Value.Immutable
public interface MonitorFilter extends Extensible {
  /** Call control events; the wire name is {@code callcontrol}. */
  Optional<CallControlFilter> callControl();

  Optional<CallAssociatedFilter> callAssociated();

  Optional<MediaAttachmentFilter> mediaAttachment();

  Optional<PhysicalDeviceFeatureFilter> physicalDeviceFeature();

  Optional<LogicalDeviceFeatureFilter> logicalDeviceFeature();

  Optional<MaintenanceFilter> maintenance();

  Optional<VoiceFilter> voice();

  /**
   * Vendor specific events. The wire name is {@code private}, a Java keyword, so the accessor is
   * named {@code privateEvents}.
   */
  Optional<PrivateFilter> privateEvents();

  /** No filter: every event is reported. */
  static MonitorFilter none() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorFilter}. */
  class Builder extends ImmutableMonitorFilter.Builder {}
}
