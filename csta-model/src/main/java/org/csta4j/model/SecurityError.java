package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of the {@code security} error category.
 *
 * <p>Generated from ECMA-323 edition 6 (SecurityErrors) by {@code tools/gen-enums.py}; constants
 * are in schema order, so {@link #code()} is the schema position.
 */
public enum SecurityError implements CstaErrorValue {
  /** A security error the switch does not describe further. */
  GENERIC("generic", 0),
  /** The request's message sequence number is wrong, e.g. replayed or out of order. */
  SEQUENCE_NUMBER_VIOLATED("sequenceNumberViolated", 1),
  /** The request's security time stamp was not accepted. */
  TIME_STAMP_VIOLATED("timeStampViolated", 2),
  /** The request's security information was not accepted. */
  SECURITY_INFO_VIOLATED("securityInfoViolated", 3);

  private static final Map<String, SecurityError> BY_NAME = new HashMap<>();

  static {
    for (SecurityError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  SecurityError(String wireName, int code) {
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

  @Override
  public ErrorCategory category() {
    return ErrorCategory.SECURITY;
  }

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<SecurityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
