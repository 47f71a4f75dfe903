package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The events a monitor suppresses, by group. Every flag set to {@code true} filters its event
 * <em>out</em>; an absent group or flag lets the events through, so {@link #none()} reports all.
 */
@Value.Immutable
public interface MonitorFilter extends Extensible {
  /**
   * {@return the call control group (Delivered, Established, ConnectionCleared ...); empty filters
   * none of them} The wire name is {@code callcontrol}.
   */
  Optional<CallControlFilter> callControl();

  /**
   * {@return the call associated group (CallInformation, DigitsGenerated ...); empty filters none
   * of them}
   */
  Optional<CallAssociatedFilter> callAssociated();

  /** {@return the media attachment group; empty filters none of them} */
  Optional<MediaAttachmentFilter> mediaAttachment();

  /**
   * {@return the physical device feature group (button, lamp, display, hookswitch ...); empty
   * filters none of them}
   */
  Optional<PhysicalDeviceFeatureFilter> physicalDeviceFeature();

  /**
   * {@return the logical device feature group (agent states, do-not-disturb, forwarding ...); empty
   * filters none of them}
   */
  Optional<LogicalDeviceFeatureFilter> logicalDeviceFeature();

  /** {@return the device maintenance group (in and out of service); empty filters none of them} */
  Optional<MaintenanceFilter> maintenance();

  /** {@return the voice unit group; empty filters none of them} */
  Optional<VoiceFilter> voice();

  /**
   * {@return the vendor specific group; empty filters none of them} The wire name is {@code
   * private}, a Java keyword, so the accessor is named {@code privateEvents}.
   */
  Optional<PrivateFilter> privateEvents();

  /** {@return the empty filter, with which every event is reported} */
  static MonitorFilter none() {
    return builder().build();
  }

  /**
   * {@return a new, empty builder of {@link MonitorFilter}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorFilter}. */
  class Builder extends ImmutableMonitorFilter.Builder {}
}
