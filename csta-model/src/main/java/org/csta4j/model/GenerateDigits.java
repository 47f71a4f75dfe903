package org.csta4j.model;

import java.util.Optional;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/** Sends DTMF or pulse digits on a connection, e.g. to drive an IVR. */
@Value.Immutable
public interface GenerateDigits extends CstaRequest<GenerateDigitsResponse> {
  /** {@return the connection the digits are sent on} */
  ConnectionId connectionToSendDigits();

  /** {@return how the digits are sent; empty uses the switch's default, usually DTMF} */
  Optional<DigitMode> digitMode();

  /** {@return the digits to send, such as {@code "1234#"}} */
  String charactersToSend();

  /** {@return how long each DTMF tone lasts, in milliseconds; empty uses the switch's default} */
  Optional<Integer> toneDuration();

  /**
   * {@return the number of pulses per second in rotary-pulse mode; empty uses the switch's default}
   */
  Optional<Integer> pulseRate();

  /** {@return the pause between digits, in milliseconds; empty uses the switch's default} */
  Optional<Integer> pauseDuration();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if the digits
   *     to send are blank
   */
  @Value.Check
  default void check() {
    Checks.nonBlank("charactersToSend", charactersToSend());
  }

  /**
   * Sends {@code digits} on {@code connection} with the switch's default mode and timing.
   *
   * @param connection the connection to send on
   * @param digits the digits, e.g. {@code "1234#"}
   * @return the request
   * @throws IllegalArgumentException if {@code digits} is blank
   */
  static GenerateDigits of(ConnectionId connection, String digits) {
    return builder().connectionToSendDigits(connection).charactersToSend(digits).build();
  }

  /**
   * {@return a new, empty builder of {@link GenerateDigits}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GenerateDigits}. */
  class Builder extends ImmutableGenerateDigits.Builder {}
}
