package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Which calls a do-not-disturb setting applies to: internal ones, external ones, or both. */
@Value.Immutable
public interface CallOrigination extends Extensible {
  /**
   * {@return whether the setting covers calls from inside the switching domain; empty if the switch
   * does not say}
   */
  Optional<Boolean> internal();

  /**
   * {@return whether the setting covers calls from outside the switching domain; empty if the
   * switch does not say}
   */
  Optional<Boolean> external();

  /**
   * {@return a new, empty builder of {@link CallOrigination}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallOrigination}. */
  class Builder extends ImmutableCallOrigination.Builder {}
}
