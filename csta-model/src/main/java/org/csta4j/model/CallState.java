package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of a call at a device in a device snapshot: the states of all its connections, one
 * simple state, or unknown. Exactly one of the three is given.
 */
@Value.Immutable
public interface CallState extends Extensible {
  /** The state of each connection of the call; on the wire a list of localConnectionState. */
  List<LocalConnectionState> compoundCallState();

  Optional<SimpleCallState> simpleCallState();

  /** Present when the switch does not know the state; on the wire an empty unknown element. */
  Optional<Boolean> unknown();

  @Value.Check
  default void check() {
    int given =
        (compoundCallState().isEmpty() ? 0 : 1)
            + (simpleCallState().isPresent() ? 1 : 0)
            + (unknown().isPresent() ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException(
          "localCallState: exactly one of compoundCallState, simpleCallState and unknown");
    }
  }

  static CallState ofCompound(List<LocalConnectionState> states) {
    return builder().compoundCallState(states).build();
  }

  static CallState ofSimple(SimpleCallState state) {
    return builder().simpleCallState(state).build();
  }

  /** The state the switch does not know. */
  static CallState ofUnknown() {
    return builder().unknown(true).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallState}. */
  class Builder extends ImmutableCallState.Builder {}
}
