package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The agent state a SetAgentState request asks for.
 *
 * <p>Generated from ECMA-323 edition 6 (ReqAgentState) by {@code tools/gen-enums.py}; constants are
 * in schema order, so {@link #code()} is the schema position.
 */
public enum RequestedAgentState implements CstaEnum {
  /** Log the agent on; most switches then put it in the not-ready state. */
  LOGGED_ON("loggedOn", 0),
  /** Log the agent off. */
  LOGGED_OFF("loggedOff", 1),
  /** Make the logged-on agent unavailable for ACD calls. */
  NOT_READY("notReady", 2),
  /** Make the logged-on agent available for ACD calls. */
  READY("ready", 3),
  /** Put the logged-on agent into after-call work. */
  WORKING_AFTER_CALL("workingAfterCall", 4);

  private static final Map<String, RequestedAgentState> BY_NAME = new HashMap<>();

  static {
    for (RequestedAgentState v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  RequestedAgentState(String wireName, int code) {
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
  public static Optional<RequestedAgentState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
