package org.csta4j.model;

import org.immutables.value.Value;

/** A device's do-not-disturb setting has changed (ECMA-269 Do Not Disturb). */
@Value.Immutable
public interface DoNotDisturbEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  ExtendedDeviceId device();

  /** Whether do-not-disturb is now on. */
  boolean doNotDisturbOn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DoNotDisturbEvent}. */
  class Builder extends ImmutableDoNotDisturbEvent.Builder {}
}
