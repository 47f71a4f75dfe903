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
  /** The agent becomes not ready when the current call ends. */
  AGENT_NOT_READY("agentNotReady", 0),
  /** The agent is logged off when the current call ends. */
  AGENT_NULL("agentNull", 1),
  /** The agent becomes ready when the current call ends. */
  AGENT_READY("agentReady", 2),
  /** The agent starts after-call work when the current call ends. */
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

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<PendingAgentState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
