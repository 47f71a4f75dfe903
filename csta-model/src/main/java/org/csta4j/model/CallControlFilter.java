package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code callcontrol} group of a {@link MonitorFilter} (schema {@code CallControlEvents}): call
 * control events (Delivered, Established, ConnectionCleared, ...). A flag set to {@code true}
 * filters that event <em>out</em>; absent or {@code false} lets it through.
 */
@Value.Immutable
public interface CallControlFilter extends Extensible {
  Optional<Boolean> bridged();

  Optional<Boolean> callCleared();

  Optional<Boolean> conferenced();

  Optional<Boolean> connectionCleared();

  Optional<Boolean> delivered();

  Optional<Boolean> digitsDialed();

  Optional<Boolean> diverted();

  Optional<Boolean> established();

  Optional<Boolean> failed();

  Optional<Boolean> held();

  Optional<Boolean> networkCapabilitiesChanged();

  Optional<Boolean> networkReached();

  Optional<Boolean> offered();

  Optional<Boolean> originated();

  Optional<Boolean> queued();

  Optional<Boolean> retrieved();

  Optional<Boolean> serviceInitiated();

  /** {@code true} suppresses Transfered events (the event's wire name has one r). */
  Optional<Boolean> transferred();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallControlFilter}. */
  class Builder extends ImmutableCallControlFilter.Builder {}
}
