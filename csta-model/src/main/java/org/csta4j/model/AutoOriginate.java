package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether MakeCall prompts the calling device before it dials.
 *
 * <p>Generated from ECMA-323 edition 6 (AutoOriginate) by {@code tools/gen-enums.py}; constants are
 * in schema order, so {@link #code()} is the schema position.
 */
public enum AutoOriginate implements CstaEnum {
  /**
   * The calling device rings first and the call is placed when it answers; the schema's default.
   */
  PROMPT("prompt", 0),
  /** The switch places the call at once, without ringing the calling device first. */
  DO_NOT_PROMPT("doNotPrompt", 1);

  private static final Map<String, AutoOriginate> BY_NAME = new HashMap<>();

  static {
    for (AutoOriginate v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  AutoOriginate(String wireName, int code) {
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
  public static Optional<AutoOriginate> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
