package org.csta4j.model;

import java.util.Arrays;
import java.util.Optional;

/** The defined errors of the ECMA-354 session services' negative responses. */
public enum SessionError implements CstaEnum {
  INVALID_APPLICATION_INFO("invalidApplicationInfo", 0),
  REQUESTED_PROTOCOL_VERSION_NOT_SUPPORTED("requestedProtocolVersionNotSupported", 1),
  SERVER_RESOURCES_BUSY("serverResourcesBusy", 2),
  MAX_NUMBER_SESSIONS("maxNumberSessions", 3),
  INVALID_SESSION_ID("invalidSessionID", 4),
  SERVER_CANNOT_RESET_SESSION_TIMER("serverCannotResetSessionTimer", 5);

  private final String wireName;
  private final int code;

  SessionError(String wireName, int code) {
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

  /** The constant with this wire name, ignoring case. */
  public static Optional<SessionError> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
