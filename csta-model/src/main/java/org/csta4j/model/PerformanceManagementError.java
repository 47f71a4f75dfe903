package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of the {@code performanceManagement} error category.
 *
 * <p>Generated from ECMA-323 edition 6 (PerformanceManagementErrors) by {@code tools/gen-enums.py};
 * constants are in schema order, so {@link #code()} is the schema position.
 */
public enum PerformanceManagementError implements CstaErrorValue {
  /** A performance error the switch does not describe further. */
  GENERIC("generic", 0),
  /** The switch is at its performance limit; a later retry may succeed. */
  PERFORMANCE_LIMIT_EXCEEDED("performanceLimitExceeded", 1);

  private static final Map<String, PerformanceManagementError> BY_NAME = new HashMap<>();

  static {
    for (PerformanceManagementError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  PerformanceManagementError(String wireName, int code) {
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
    return ErrorCategory.PERFORMANCE_MANAGEMENT;
  }

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<PerformanceManagementError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
