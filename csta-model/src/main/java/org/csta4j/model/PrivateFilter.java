package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code private} group of a {@link MonitorFilter} (schema {@code VendorSpecEvents}): vendor
 * specific events. {@code true} filters them <em>out</em>; absent or {@code false} lets them
 * through.
 */
@Value.Immutable
public interface PrivateFilter extends Extensible {
  /**
   * {@return whether Private events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them} The wire name is {@code private}, a Java keyword, so the accessor is
   * named {@code privateEvents}.
   */
  Optional<Boolean> privateEvents();

  /**
   * {@return a new, empty builder of {@link PrivateFilter}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrivateFilter}. */
  class Builder extends ImmutablePrivateFilter.Builder {}
}
