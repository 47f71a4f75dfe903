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
  Optional<Boolean> backInService();

  /** {@code true} suppresses DeviceCapsChanged events. */
  Optional<Boolean> deviceCapabilityChanged();

  Optional<Boolean> outOfService();

  Optional<Boolean> partiallyInService();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceFilter}. */
  class Builder extends ImmutableMaintenanceFilter.Builder {}
}
