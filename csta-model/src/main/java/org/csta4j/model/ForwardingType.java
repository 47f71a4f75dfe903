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
  FORWARD_IMMEDIATE("forwardImmediate", 0),
  FORWARD_BUSY("forwardBusy", 1),
  FORWARD_NO_ANS("forwardNoAns", 2),
  FORWARD_DND("forwardDND", 3),
  FORWARD_BUSY_INT("forwardBusyInt", 4),
  FORWARD_BUSY_EXT("forwardBusyExt", 5),
  FORWARD_NO_ANS_INT("forwardNoAnsInt", 6),
  FORWARD_NO_ANS_EXT("forwardNoAnsExt", 7),
  FORWARD_IMM_INT("forwardImmInt", 8),
  FORWARD_IMM_EXT("forwardImmExt", 9),
  FORWARD_DND_INT("forwardDNDInt", 10),
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<ForwardingType> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
