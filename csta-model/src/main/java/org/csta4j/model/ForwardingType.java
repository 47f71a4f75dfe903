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
  FORWARD_IMMEDIATE("forwardImmediate"),
  FORWARD_BUSY("forwardBusy"),
  FORWARD_NO_ANS("forwardNoAns"),
  FORWARD_DND("forwardDND"),
  FORWARD_BUSY_INT("forwardBusyInt"),
  FORWARD_BUSY_EXT("forwardBusyExt"),
  FORWARD_NO_ANS_INT("forwardNoAnsInt"),
  FORWARD_NO_ANS_EXT("forwardNoAnsExt"),
  FORWARD_IMM_INT("forwardImmInt"),
  FORWARD_IMM_EXT("forwardImmExt"),
  FORWARD_DND_INT("forwardDNDInt"),
  FORWARD_DND_EXT("forwardDNDExt");

  private static final Map<String, ForwardingType> BY_NAME = new HashMap<>();

  static {
    for (ForwardingType v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;

  ForwardingType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public int code() {
    return ordinal();
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
