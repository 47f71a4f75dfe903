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
  /** A state error the switch does not describe further. */
  GENERIC("generic", 0),
  /** The object the request names is not in a state that allows this service. */
  INVALID_OBJECT_STATE("invalidObjectState", 1),
  /** The device is not in a state that allows this service. */
  INVALID_DEVICE_STATE("invalidDeviceState", 2),
  /** The device already has a connected call, which prevents the service. */
  CONNECTED_CALL_EXISTS("connectedCallExists", 3),
  /** The active device is not in a state that allows this service. */
  INVALID_ACTIVE_DEVICE_STATE("invalidActiveDeviceState", 4),
  /** The called device is not in a state that allows this service. */
  INVALID_CALLED_DEVICE_STATE("invalidCalledDeviceState", 5),
  /** The calling device is not in a state that allows this service. */
  INVALID_CALLING_DEVICE_STATE("invalidCallingDeviceState", 6),
  /** The call to park device is not in a state that allows this service. */
  INVALID_CALL_TO_PARK_DEVICE_STATE("invalidCallToParkDeviceState", 7),
  /** The destination device is not in a state that allows this service. */
  INVALID_DESTINATION_DEVICE_STATE("invalidDestinationDeviceState", 8),
  /** The diverting device is not in a state that allows this service. */
  INVALID_DIVERTING_DEVICE_STATE("invalidDivertingDeviceState", 9),
  /** The held device is not in a state that allows this service. */
  INVALID_HELD_DEVICE_STATE("invalidHeldDeviceState", 10),
  /** The park-to device is not in a state that allows this service. */
  INVALID_PARK_TO_DEVICE_STATE("invalidParkToDeviceState", 11),
  /** The connection is not in a state that allows this service. */
  INVALID_CONNECTION_STATE("invalidConnectionState", 12),
  /** The active connection is not in a state that allows this service. */
  INVALID_ACTIVE_CONNECTION_STATE("invalidActiveConnectionState", 13),
  /** The connection given as the active call is not the device's active call. */
  INVALID_CONNECTION_ID_FOR_ACTIVE_CALL("invalidConnectionIDForActiveCall", 14),
  /** The held connection is not in a state that allows this service. */
  INVALID_HELD_CONNECTION_STATE("invalidHeldConnectionState", 15),
  /** The device has no active call to act on. */
  NO_ACTIVE_CALL("noActiveCall", 16),
  /** There is no alerting call to answer. */
  NO_CALL_TO_ANSWER("noCallToAnswer", 17),
  /** There is no call to clear. */
  NO_CALL_TO_CLEAR("noCallToClear", 18),
  /** There is no call to complete. */
  NO_CALL_TO_COMPLETE("noCallToComplete", 19),
  /** There is no connection to clear. */
  NO_CONNECTION_TO_CLEAR("noConnectionToClear", 20),
  /** The device has no held call to act on. */
  NO_HELD_CALL("noHeldCall", 21),
  /** The voice message is not in a state that allows this service. */
  INCORRECT_MSG_STATE("incorrectMsgState", 22),
  /** The voice message is already at its beginning. */
  BEGINNING_OF_MSG("beginningOfMsg", 23),
  /** The voice message is already at its end. */
  END_OF_MSG("endOfMsg", 24),
  /** The voice message is suspended. */
  MSG_SUSPENDED("msgSuspended", 25),
  /** The voice message cannot be played. */
  NOT_ABLE_TO_PLAY("notAbleToPlay", 26),
  /** The voice message cannot be resumed. */
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

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<StateIncompatibilityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
