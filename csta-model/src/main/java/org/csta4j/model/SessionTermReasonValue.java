package org.csta4j.model;

import java.util.Arrays;
import java.util.Optional;

/** The defined reasons why the gateway ends a session ({@code definedTermReason}, ECMA-354). */
public enum SessionTermReasonValue implements CstaEnum {
  RESOURCE_LIMITATION("resourceLimitation"),
  SESSION_TIMER_EXPIRED("sessionTimerExpired");

  private final String wireName;

  SessionTermReasonValue(String wireName) {
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

  /** The constant with this wire name, ignoring case. */
  public static Optional<SessionTermReasonValue> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
