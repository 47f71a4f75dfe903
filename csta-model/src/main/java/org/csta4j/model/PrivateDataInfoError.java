package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of the {@code privateData} error category.
 *
 * <p>Generated from ECMA-323 edition 6 (PrivateDataInfoErrors) by {@code tools/gen-enums.py};
 * constants are in schema order, so {@link #code()} is the schema position.
 */
public enum PrivateDataInfoError implements CstaErrorValue {
  /** The request's private data was not accepted. */
  CSTA_PRIVATE_DATA_INFO_ERROR("cSTAPrivateDataInfoError", 0);

  private static final Map<String, PrivateDataInfoError> BY_NAME = new HashMap<>();

  static {
    for (PrivateDataInfoError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  PrivateDataInfoError(String wireName, int code) {
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
    return ErrorCategory.PRIVATE_DATA;
  }

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<PrivateDataInfoError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
