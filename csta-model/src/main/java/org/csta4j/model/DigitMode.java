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
  ROTARY_PULSE("rotaryPulse", 0),
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<DigitMode> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
