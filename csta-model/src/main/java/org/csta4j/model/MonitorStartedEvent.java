package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * uni-tel reports that monitoring of a device or queue was registered. Its payload is not
 * documented; fields other than these are kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface MonitorStartedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the monitored device or call, if the gateway names it} */
  Optional<CstaObject> monitorObject();

  /**
   * {@return a new, empty builder of {@link MonitorStartedEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitorStartedEvent}. */
  class Builder extends ImmutableMonitorStartedEvent.Builder {}
}
