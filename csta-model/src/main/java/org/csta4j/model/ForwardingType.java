package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of call forwarding.
 *
 * <p>Generated from ECMA-323 edition 6 (ForwardingType) by {@code tools/gen-enums.py}; constants
 * are in schema order, so {@link #code()} is the schema position.
 */
public enum ForwardingType implements CstaEnum {
  /** Forward every call at once. */
  FORWARD_IMMEDIATE("forwardImmediate", 0),
  /** Forward calls while the device is busy. */
  FORWARD_BUSY("forwardBusy", 1),
  /** Forward calls the device does not answer in time. */
  FORWARD_NO_ANS("forwardNoAns", 2),
  /** Forward calls while do-not-disturb is on. */
  FORWARD_DND("forwardDND", 3),
  /** Forward internal calls while the device is busy. */
  FORWARD_BUSY_INT("forwardBusyInt", 4),
  /** Forward external calls while the device is busy. */
  FORWARD_BUSY_EXT("forwardBusyExt", 5),
  /** Forward internal calls the device does not answer in time. */
  FORWARD_NO_ANS_INT("forwardNoAnsInt", 6),
  /** Forward external calls the device does not answer in time. */
  FORWARD_NO_ANS_EXT("forwardNoAnsExt", 7),
  /** Forward every internal call at once. */
  FORWARD_IMM_INT("forwardImmInt", 8),
  /** Forward every external call at once. */
  FORWARD_IMM_EXT("forwardImmExt", 9),
  /** Forward internal calls while do-not-disturb is on. */
  FORWARD_DND_INT("forwardDNDInt", 10),
  /** Forward external calls while do-not-disturb is on. */
  FORWARD_DND_EXT("forwardDNDExt", 11);

  private static final Map<String, ForwardingType> BY_NAME = new HashMap<>();

  static {
    for (ForwardingType v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  ForwardingType(String wireName, int code) {
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
  public static Optional<ForwardingType> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
