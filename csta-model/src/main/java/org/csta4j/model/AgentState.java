package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An ACD agent's state.
 *
 * <p>Generated from ECMA-323 edition 6 (AgentState) by {@code tools/gen-enums.py}; constants are in
 * schema order, so {@link #code()} is the schema position.
 */
public enum AgentState implements CstaEnum {
  /** Logged on but not available for ACD calls, e.g. on a break. */
  AGENT_NOT_READY("agentNotReady", 0),
  /** Not logged on to the group. */
  AGENT_NULL("agentNull", 1),
  /** Logged on and available for ACD calls. */
  AGENT_READY("agentReady", 2),
  /** Logged on and busy with a call. */
  AGENT_BUSY("agentBusy", 3),
  /** Logged on and doing after-call work; not available for ACD calls until it ends. */
  AGENT_WORKING_AFTER_CALL("agentWorkingAfterCall", 4);

  private static final Map<String, AgentState> BY_NAME = new HashMap<>();

  static {
    for (AgentState v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  AgentState(String wireName, int code) {
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
  public static Optional<AgentState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
