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
  GENERIC("generic"),
  INVALID_OBJECT_STATE("invalidObjectState"),
  INVALID_DEVICE_STATE("invalidDeviceState"),
  CONNECTED_CALL_EXISTS("connectedCallExists"),
  INVALID_ACTIVE_DEVICE_STATE("invalidActiveDeviceState"),
  INVALID_CALLED_DEVICE_STATE("invalidCalledDeviceState"),
  INVALID_CALLING_DEVICE_STATE("invalidCallingDeviceState"),
  INVALID_CALL_TO_PARK_DEVICE_STATE("invalidCallToParkDeviceState"),
  INVALID_DESTINATION_DEVICE_STATE("invalidDestinationDeviceState"),
  INVALID_DIVERTING_DEVICE_STATE("invalidDivertingDeviceState"),
  INVALID_HELD_DEVICE_STATE("invalidHeldDeviceState"),
  INVALID_PARK_TO_DEVICE_STATE("invalidParkToDeviceState"),
  INVALID_CONNECTION_STATE("invalidConnectionState"),
  INVALID_ACTIVE_CONNECTION_STATE("invalidActiveConnectionState"),
  INVALID_CONNECTION_ID_FOR_ACTIVE_CALL("invalidConnectionIDForActiveCall"),
  INVALID_HELD_CONNECTION_STATE("invalidHeldConnectionState"),
  NO_ACTIVE_CALL("noActiveCall"),
  NO_CALL_TO_ANSWER("noCallToAnswer"),
  NO_CALL_TO_CLEAR("noCallToClear"),
  NO_CALL_TO_COMPLETE("noCallToComplete"),
  NO_CONNECTION_TO_CLEAR("noConnectionToClear"),
  NO_HELD_CALL("noHeldCall"),
  INCORRECT_MSG_STATE("incorrectMsgState"),
  BEGINNING_OF_MSG("beginningOfMsg"),
  END_OF_MSG("endOfMsg"),
  MSG_SUSPENDED("msgSuspended"),
  NOT_ABLE_TO_PLAY("notAbleToPlay"),
  NOT_ABLE_TO_RESUME("notAbleToResume");

  private static final Map<String, StateIncompatibilityError> BY_NAME = new HashMap<>();

  static {
    for (StateIncompatibilityError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;

  StateIncompatibilityError(String wireName) {
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
