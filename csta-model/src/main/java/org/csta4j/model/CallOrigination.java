package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Which calls a do-not-disturb setting applies to: internal ones, external ones, or both. */
@Value.Immutable
public interface CallOrigination extends Extensible {
  /** Calls from inside the switching domain. */
  Optional<Boolean> internal();

  /** Calls from outside the switching domain. */
  Optional<Boolean> external();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallOrigination}. */
  class Builder extends ImmutableCallOrigination.Builder {}
}
