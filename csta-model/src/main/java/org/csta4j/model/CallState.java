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
  /**
   * {@return the state of each connection of the call, the monitored device's first; empty when
   * another alternative is given} On the wire a list of {@code localConnectionState}.
   */
  List<LocalConnectionState> compoundCallState();

  /**
   * {@return the call's state as one value, e.g. {@link SimpleCallState#CALL_ESTABLISHED}; empty
   * when another alternative is given}
   */
  Optional<SimpleCallState> simpleCallState();

  /**
   * {@return {@code true} when the switch does not know the state; empty when another alternative
   * is given} On the wire an empty {@code unknown} element.
   */
  Optional<Boolean> unknown();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name unless exactly
   *     one of the three alternatives is given
   */
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

  /**
   * The state given connection by connection.
   *
   * @param states the state of each connection, not empty
   * @return the call state
   * @throws IllegalArgumentException if {@code states} is empty
   */
  static CallState ofCompound(List<LocalConnectionState> states) {
    return builder().compoundCallState(states).build();
  }

  /**
   * The state given as one value.
   *
   * @param state the call's state
   * @return the call state
   */
  static CallState ofSimple(SimpleCallState state) {
    return builder().simpleCallState(state).build();
  }

  /** {@return the state the switch does not know} */
  static CallState ofUnknown() {
    return builder().unknown(true).build();
  }

  /**
   * {@return a new, empty builder of {@link CallState}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallState}. */
  class Builder extends ImmutableCallState.Builder {}
}
