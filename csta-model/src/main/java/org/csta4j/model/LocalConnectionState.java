package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a connection as seen from its device (ECMA-269 LocalConnectionState).
 *
 * <p>Generated from ECMA-323 edition 6 (LocalConnectionState) by {@code tools/gen-enums.py};
 * constants are in schema order, so {@link #code()} is the schema position.
 */
public enum LocalConnectionState implements CstaEnum {
  NULL("null", 0),
  INITIATED("initiated", 1),
  ALERTING("alerting", 2),
  CONNECTED("connected", 3),
  HOLD("hold", 4),
  QUEUED("queued", 5),
  FAIL("fail", 6);

  private static final Map<String, LocalConnectionState> BY_NAME = new HashMap<>();

  static {
    for (LocalConnectionState v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  LocalConnectionState(String wireName, int code) {
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
  public static Optional<LocalConnectionState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
