package org.csta4j.model;

import java.util.Optional;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/** Sends DTMF or pulse digits on a connection, e.g. to drive an IVR. */
@Value.Immutable
public interface GenerateDigits extends CstaRequest<GenerateDigitsResponse> {
  /** The connection the digits are sent on. */
  ConnectionId connectionToSendDigits();

  Optional<DigitMode> digitMode();

  /** The digits to send, such as {@code "1234#"}. */
  String charactersToSend();

  /** How long each DTMF tone lasts, in milliseconds. */
  Optional<Integer> toneDuration();

  /** Pulses per second in rotary-pulse mode. */
  Optional<Integer> pulseRate();

  /** The pause between digits, in milliseconds. */
  Optional<Integer> pauseDuration();

  @Value.Check
  default void check() {
    Checks.nonBlank("charactersToSend", charactersToSend());
  }

  /** Sends {@code digits} on {@code connection} with the switch's default mode and timing. */
  static GenerateDigits of(ConnectionId connection, String digits) {
    return builder().connectionToSendDigits(connection).charactersToSend(digits).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GenerateDigits}. */
  class Builder extends ImmutableGenerateDigits.Builder {}
}
