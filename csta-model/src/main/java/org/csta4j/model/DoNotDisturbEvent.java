package org.csta4j.model;

import org.immutables.value.Value;

/** A device's do-not-disturb setting has changed (ECMA-269 Do Not Disturb). */
@Value.Immutable
public interface DoNotDisturbEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the device whose setting changed} */
  ExtendedDeviceId device();

  /** {@return whether do-not-disturb is now on} */
  boolean doNotDisturbOn();

  /**
   * {@return a new, empty builder of {@link DoNotDisturbEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DoNotDisturbEvent}. */
  class Builder extends ImmutableDoNotDisturbEvent.Builder {}
}
