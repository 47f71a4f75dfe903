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
  UNRESTRICTED("unrestricted", 0),
  CONSULT_ONLY("consultOnly", 1),
  TRANSFER_ONLY("transferOnly", 2),
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<ConsultOptions> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
