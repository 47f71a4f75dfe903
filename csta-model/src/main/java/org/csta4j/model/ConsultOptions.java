package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a consultation call may later be used for.
 *
 * <p>Generated from ECMA-323 edition 6 (ConsultOptions) by {@code tools/gen-enums.py}; constants
 * are in schema order, so {@link #code()} is the schema position.
 */
public enum ConsultOptions implements CstaEnum {
  /** The consultation call may be used for anything, including transfer and conference. */
  UNRESTRICTED("unrestricted", 0),
  /** The consultation call is only for consulting; the switch refuses transfer and conference. */
  CONSULT_ONLY("consultOnly", 1),
  /** The consultation call may only be used for a transfer. */
  TRANSFER_ONLY("transferOnly", 2),
  /** The consultation call may only be used for a conference. */
  CONFERENCE_ONLY("conferenceOnly", 3);

  private static final Map<String, ConsultOptions> BY_NAME = new HashMap<>();

  static {
    for (ConsultOptions v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  ConsultOptions(String wireName, int code) {
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
  public static Optional<ConsultOptions> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
