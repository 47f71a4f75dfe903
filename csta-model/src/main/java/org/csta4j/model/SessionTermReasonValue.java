package org.csta4j.model;

import java.util.Arrays;
import java.util.Optional;

/** The defined reasons why the gateway ends a session ({@code definedTermReason}, ECMA-354). */
public enum SessionTermReasonValue implements CstaEnum {
  /** The gateway ended the session for lack of resources. */
  RESOURCE_LIMITATION("resourceLimitation", 0),
  /** No ResetApplicationSessionTimer arrived before the session duration ran out. */
  SESSION_TIMER_EXPIRED("sessionTimerExpired", 1);

  private final String wireName;
  private final int code;

  SessionTermReasonValue(String wireName, int code) {
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
  public static Optional<SessionTermReasonValue> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
