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
  /**
   * {@return whether CallInformation events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> callInformation();

  /**
   * {@return whether Charging events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> charging();

  /**
   * {@return whether DigitsGenerated events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> digitsGenerated();

  /**
   * {@return whether TelephonyTonesGenerated events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> telephonyTonesGenerated();

  /**
   * {@return whether ServiceCompletionFailure events are filtered out: {@code true} suppresses
   * them, {@code false} or empty reports them}
   */
  Optional<Boolean> serviceCompletionFailure();

  /**
   * {@return a new, empty builder of {@link CallAssociatedFilter}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallAssociatedFilter}. */
  class Builder extends ImmutableCallAssociatedFilter.Builder {}
}
