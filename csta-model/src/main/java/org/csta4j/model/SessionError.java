package org.csta4j.model;

import java.util.Arrays;
import java.util.Optional;

/** The defined errors of the ECMA-354 session services' negative responses. */
public enum SessionError implements CstaEnum {
  INVALID_APPLICATION_INFO("invalidApplicationInfo"),
  REQUESTED_PROTOCOL_VERSION_NOT_SUPPORTED("requestedProtocolVersionNotSupported"),
  SERVER_RESOURCES_BUSY("serverResourcesBusy"),
  MAX_NUMBER_SESSIONS("maxNumberSessions"),
  INVALID_SESSION_ID("invalidSessionID"),
  SERVER_CANNOT_RESET_SESSION_TIMER("serverCannotResetSessionTimer");

  private final String wireName;

  SessionError(String wireName) {
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
  public static Optional<SessionError> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
