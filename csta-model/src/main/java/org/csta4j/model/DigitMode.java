package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How GenerateDigits sends digits.
 *
 * <p>Generated from ECMA-323 edition 6 (DigitMode) by {@code tools/gen-enums.py}; constants are in
 * schema order, so {@link #code()} is the schema position.
 */
public enum DigitMode implements CstaEnum {
  /** Digits sent as rotary (loop-disconnect) pulses. */
  ROTARY_PULSE("rotaryPulse", 0),
  /** Digits sent as DTMF tones; wire name {@code dTMF}. */
  DTMF("dTMF", 1);

  private static final Map<String, DigitMode> BY_NAME = new HashMap<>();

  static {
    for (DigitMode v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  DigitMode(String wireName, int code) {
    this.wireName = wireName;
    this.code = code;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public int code() {
    return code;
  }

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<DigitMode> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
