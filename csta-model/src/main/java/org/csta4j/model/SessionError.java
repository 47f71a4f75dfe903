package org.csta4j.model;

import java.util.Arrays;
import java.util.Optional;

/** The defined errors of the ECMA-354 session services' negative responses. */
public enum SessionError implements CstaEnum {
  /** The login data was refused; for uni-tel, wrong credentials or PBX domain. */
  INVALID_APPLICATION_INFO("invalidApplicationInfo", 0),
  /** The gateway speaks none of the requested protocol versions. */
  REQUESTED_PROTOCOL_VERSION_NOT_SUPPORTED("requestedProtocolVersionNotSupported", 1),
  /** The gateway has no resources for a new session now; a later retry may succeed. */
  SERVER_RESOURCES_BUSY("serverResourcesBusy", 2),
  /** The gateway already holds as many sessions as it allows. */
  MAX_NUMBER_SESSIONS("maxNumberSessions", 3),
  /** The session id is unknown, e.g. because the session has already ended. */
  INVALID_SESSION_ID("invalidSessionID", 4),
  /** The gateway cannot extend the session; log in again before it ends. */
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

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<SessionError> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
