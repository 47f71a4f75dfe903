package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code callAssociated} group of a {@link MonitorFilter} (schema {@code
 * CallAssociatedEvents}): call associated events. A flag set to {@code true} filters that event
 * <em>out</em>; absent or {@code false} lets it through.
 */
@Value.Immutable
public interface CallAssociatedFilter extends Extensible {
  Optional<Boolean> callInformation();

  Optional<Boolean> charging();

  Optional<Boolean> digitsGenerated();

  Optional<Boolean> telephonyTonesGenerated();

  Optional<Boolean> serviceCompletionFailure();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallAssociatedFilter}. */
  class Builder extends ImmutableCallAssociatedFilter.Builder {}
}
