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
  /**
   * {@return whether ButtonInformation events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> buttonInformation();

  /**
   * {@return whether ButtonPress events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> buttonPress();

  /**
   * {@return whether DisplayUpdated events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> displayUpdated();

  /**
   * {@return whether Hookswitch events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> hookswitch();

  /**
   * {@return whether LampMode events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> lampMode();

  /**
   * {@return whether MessageWaiting events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> messageWaiting();

  /**
   * {@return whether MicrophoneGain events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> microphoneGain();

  /**
   * {@return whether MicrophoneMute events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> microphoneMute();

  /**
   * {@return whether RingerStatus events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> ringerStatus();

  /**
   * {@return whether SpeakerMute events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> speakerMute();

  /**
   * {@return whether SpeakerVolume events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> speakerVolume();

  /**
   * {@return a new, empty builder of {@link PhysicalDeviceFeatureFilter}} Setters reject null with
   * a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PhysicalDeviceFeatureFilter}. */
  class Builder extends ImmutablePhysicalDeviceFeatureFilter.Builder {}
}
