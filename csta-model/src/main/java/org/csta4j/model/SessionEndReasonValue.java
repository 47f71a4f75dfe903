package org.csta4j.model;

import java.util.Arrays;
import java.util.Optional;

/** The defined reasons for ending an ECMA-354 application session ({@code definedEndReason}). */
public enum SessionEndReasonValue implements CstaEnum {
  /** The client logs out in the ordinary way. */
  NORMAL("normal", 0);

  private final String wireName;
  private final int code;

  SessionEndReasonValue(String wireName, int code) {
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
  public static Optional<SessionEndReasonValue> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
