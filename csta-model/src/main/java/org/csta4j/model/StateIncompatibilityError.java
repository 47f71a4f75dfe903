package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of the {@code stateIncompatibility} error category.
 *
 * <p>Generated from ECMA-323 edition 6 (StateIncompatibilityErrors) by {@code tools/gen-enums.py};
 * constants are in schema order, so {@link #code()} is the schema position.
 */
public enum StateIncompatibilityError implements CstaErrorValue {
  GENERIC("generic", 0),
  INVALID_OBJECT_STATE("invalidObjectState", 1),
  INVALID_DEVICE_STATE("invalidDeviceState", 2),
  CONNECTED_CALL_EXISTS("connectedCallExists", 3),
  INVALID_ACTIVE_DEVICE_STATE("invalidActiveDeviceState", 4),
  INVALID_CALLED_DEVICE_STATE("invalidCalledDeviceState", 5),
  INVALID_CALLING_DEVICE_STATE("invalidCallingDeviceState", 6),
  INVALID_CALL_TO_PARK_DEVICE_STATE("invalidCallToParkDeviceState", 7),
  INVALID_DESTINATION_DEVICE_STATE("invalidDestinationDeviceState", 8),
  INVALID_DIVERTING_DEVICE_STATE("invalidDivertingDeviceState", 9),
  INVALID_HELD_DEVICE_STATE("invalidHeldDeviceState", 10),
  INVALID_PARK_TO_DEVICE_STATE("invalidParkToDeviceState", 11),
  INVALID_CONNECTION_STATE("invalidConnectionState", 12),
  INVALID_ACTIVE_CONNECTION_STATE("invalidActiveConnectionState", 13),
  INVALID_CONNECTION_ID_FOR_ACTIVE_CALL("invalidConnectionIDForActiveCall", 14),
  INVALID_HELD_CONNECTION_STATE("invalidHeldConnectionState", 15),
  NO_ACTIVE_CALL("noActiveCall", 16),
  NO_CALL_TO_ANSWER("noCallToAnswer", 17),
  NO_CALL_TO_CLEAR("noCallToClear", 18),
  NO_CALL_TO_COMPLETE("noCallToComplete", 19),
  NO_CONNECTION_TO_CLEAR("noConnectionToClear", 20),
  NO_HELD_CALL("noHeldCall", 21),
  INCORRECT_MSG_STATE("incorrectMsgState", 22),
  BEGINNING_OF_MSG("beginningOfMsg", 23),
  END_OF_MSG("endOfMsg", 24),
  MSG_SUSPENDED("msgSuspended", 25),
  NOT_ABLE_TO_PLAY("notAbleToPlay", 26),
  NOT_ABLE_TO_RESUME("notAbleToResume", 27);

  private static final Map<String, StateIncompatibilityError> BY_NAME = new HashMap<>();

  static {
    for (StateIncompatibilityError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  StateIncompatibilityError(String wireName, int code) {
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

  @Override
  public ErrorCategory category() {
    return ErrorCategory.STATE_INCOMPATIBILITY;
  }

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<StateIncompatibilityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
