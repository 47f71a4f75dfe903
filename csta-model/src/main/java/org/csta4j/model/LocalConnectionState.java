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
  /** No connection: the device is not, or no longer, in the call. */
  NULL("null", 0),
  /** The device has started a call and is dialling or about to. */
  INITIATED("initiated", 1),
  /** The call is ringing at the device. */
  ALERTING("alerting", 2),
  /** The device is talking in the call. */
  CONNECTED("connected", 3),
  /** The device has put the call on hold. */
  HOLD("hold", 4),
  /** The call waits in a queue at the device, e.g. an ACD group. */
  QUEUED("queued", 5),
  /** The call could not be completed at the device, e.g. busy or unreachable. */
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

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<LocalConnectionState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
