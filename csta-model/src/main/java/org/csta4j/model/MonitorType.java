package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a monitor follows a call or a device.
 *
 * <p>Generated from ECMA-323 edition 6 (MonitorType) by {@code tools/gen-enums.py}; constants are
 * in schema order, so {@link #code()} is the schema position.
 */
public enum MonitorType implements CstaEnum {
  /** The monitor follows the calls it sees, even after they leave the monitored device. */
  CALL("call", 0),
  /** The monitor reports what happens at the monitored device only. */
  DEVICE("device", 1);

  private static final Map<String, MonitorType> BY_NAME = new HashMap<>();

  static {
    for (MonitorType v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  MonitorType(String wireName, int code) {
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
  public static Optional<MonitorType> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
