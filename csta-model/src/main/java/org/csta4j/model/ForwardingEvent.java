package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A device's call forwarding has been switched on, off or changed (ECMA-269 Forwarding). */
@Value.Immutable
public interface ForwardingEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the device whose forwarding changed} */
  ExtendedDeviceId device();

  /**
   * {@return which forwarding changed, e.g. {@link ForwardingType#FORWARD_IMMEDIATE}; empty if the
   * switch does not say}
   */
  Optional<ForwardingType> forwardingType();

  /** {@return whether this kind of forwarding is now on} */
  boolean forwardStatus();

  /**
   * {@return the forwarding destination; empty when forwarding is off or the switch does not say}
   */
  Optional<DeviceId> forwardTo();

  /**
   * {@return which part of the setting is the device's default; empty if the switch does not say}
   */
  Optional<ForwardDefault> forwardDefault();

  /** {@return the number of rings before a no-answer forward, 1 to 100; empty if not reported} */
  Optional<Integer> ringCount();

  /** {@return how long the device rings before a no-answer forward (ed6); empty if not reported} */
  Optional<Integer> ringDuration();

  /**
   * {@return a new, empty builder of {@link ForwardingEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForwardingEvent}. */
  class Builder extends ImmutableForwardingEvent.Builder {}
}
