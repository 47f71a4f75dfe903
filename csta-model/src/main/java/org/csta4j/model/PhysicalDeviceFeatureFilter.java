package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code physicalDeviceFeature} group of a {@link MonitorFilter} (schema {@code
 * PhysicalDeviceFeatureEvents}): physical device feature events. A flag set to {@code true} filters
 * that event <em>out</em>; absent or {@code false} lets it through.
 */
@Value.Immutable
public interface PhysicalDeviceFeatureFilter extends Extensible {
  Optional<Boolean> buttonInformation();

  Optional<Boolean> buttonPress();

  Optional<Boolean> displayUpdated();

  Optional<Boolean> hookswitch();

  Optional<Boolean> lampMode();

  Optional<Boolean> messageWaiting();

  Optional<Boolean> microphoneGain();

  Optional<Boolean> microphoneMute();

  Optional<Boolean> ringerStatus();

  Optional<Boolean> speakerMute();

  Optional<Boolean> speakerVolume();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PhysicalDeviceFeatureFilter}. */
  class Builder extends ImmutablePhysicalDeviceFeatureFilter.Builder {}
}
