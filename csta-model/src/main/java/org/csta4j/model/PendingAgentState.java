package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state an agent will enter when its current call ends.
 *
 * <p>Generated from ECMA-323 edition 6 (PendingAgentState) by {@code tools/gen-enums.py}; constants
 * are in schema order, so {@link #code()} is the schema position.
 */
public enum PendingAgentState implements CstaEnum {
  AGENT_NOT_READY("agentNotReady", 0),
  AGENT_NULL("agentNull", 1),
  AGENT_READY("agentReady", 2),
  AGENT_WORKING_AFTER_CALL("agentWorkingAfterCall", 3);

  private static final Map<String, PendingAgentState> BY_NAME = new HashMap<>();

  static {
    for (PendingAgentState v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  PendingAgentState(String wireName, int code) {
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
  public static Optional<PendingAgentState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
