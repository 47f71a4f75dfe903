package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which forwarding setting is the device's default.
 *
 * <p>Generated from ECMA-323 edition 6 (ForwardDefault) by {@code tools/gen-enums.py}; constants
 * are in schema order, so {@link #code()} is the schema position.
 */
public enum ForwardDefault implements CstaEnum {
  /** Both the forwarding type and the destination are the device's defaults. */
  FORWARDING_TYPE_AND_FORWARD_DN("forwardingTypeAndForwardDN", 0),
  /** The forwarding type is the device's default. */
  FORWARDING_TYPE("forwardingType", 1),
  /** The destination is the device's default. */
  FORWARD_DN("forwardDN", 2);

  private static final Map<String, ForwardDefault> BY_NAME = new HashMap<>();

  static {
    for (ForwardDefault v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  ForwardDefault(String wireName, int code) {
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
  public static Optional<ForwardDefault> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
