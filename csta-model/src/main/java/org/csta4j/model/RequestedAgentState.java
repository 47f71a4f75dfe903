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
  LOGGED_ON("loggedOn"),
  LOGGED_OFF("loggedOff"),
  NOT_READY("notReady"),
  READY("ready"),
  WORKING_AFTER_CALL("workingAfterCall");

  private static final Map<String, RequestedAgentState> BY_NAME = new HashMap<>();

  static {
    for (RequestedAgentState v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;

  RequestedAgentState(String wireName) {
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<RequestedAgentState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
