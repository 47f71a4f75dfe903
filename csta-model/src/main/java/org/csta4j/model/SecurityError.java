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
  GENERIC("generic", 0),
  SEQUENCE_NUMBER_VIOLATED("sequenceNumberViolated", 1),
  TIME_STAMP_VIOLATED("timeStampViolated", 2),
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<SecurityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
