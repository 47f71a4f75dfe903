package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code maintenance} group of a {@link MonitorFilter} (schema {@code
 * DeviceMaintenanceEvents}): device maintenance events. A flag set to {@code true} filters that
 * event <em>out</em>; absent or {@code false} lets it through.
 */
@Value.Immutable
public interface MaintenanceFilter extends Extensible {
  /**
   * {@return whether BackInService events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> backInService();

  /**
   * {@return whether DeviceCapsChanged events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> deviceCapabilityChanged();

  /**
   * {@return whether OutOfService events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> outOfService();

  /**
   * {@return whether PartiallyInService events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> partiallyInService();

  /**
   * {@return a new, empty builder of {@link MaintenanceFilter}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceFilter}. */
  class Builder extends ImmutableMaintenanceFilter.Builder {}
}
