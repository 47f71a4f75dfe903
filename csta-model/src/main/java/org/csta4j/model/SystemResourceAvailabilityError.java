package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of the {@code systemResourceAvailability} error category (spelt {@code
 * systemResourceAvailibility} on the wire).
 *
 * <p>Generated from ECMA-323 edition 6 (SystemResourceAvailabilityErrors) by {@code
 * tools/gen-enums.py}; constants are in schema order, so {@link #code()} is the schema position.
 */
public enum SystemResourceAvailabilityError implements CstaErrorValue {
  GENERIC("generic", 0),
  RESOURCE_BUSY("resourceBusy", 1),
  INTERNAL_RESOURCE_BUSY("internalResourceBusy", 2),
  CLASSIFIER_BUSY("classifierBusy", 3),
  NO_MEDIA_CHANNELS_AVAILABLE("noMediaChannelsAvailable", 4),
  CHANNELS_IN_USE_FOR_BRIDGED_DEVICES("channelsInUseForBridgedDevices", 5),
  CHANNELS_IN_USE_FOR_DATA("channelsInUseForData", 6),
  TONE_DETECTOR_BUSY("toneDetectorBusy", 7),
  TONE_GENERATOR_BUSY("toneGeneratorBusy", 8),
  NETWORK_BUSY("networkBusy", 9),
  RESOURCE_OUT_OF_SERVICE("resourceOutOfService", 10),
  DEVICE_OUT_OF_SERVICE("deviceOutOfService", 11),
  ACTIVE_DEVICE_OUT_OF_SERVICE("activeDeviceOutOfService", 12),
  CALLED_DEVICE_OUT_OF_SERVICE("calledDeviceOutOfService", 13),
  CALLING_DEVICE_OUT_OF_SERVICE("callingDeviceOutOfService", 14),
  CALL_TO_PARK_DEVICE_OUT_OF_SERVICE("callToParkDeviceOutOfService", 15),
  DESTINATION_DEVICE_OUT_OF_SERVICE("destinationDeviceOutOfService", 16),
  DIVERTING_DEVICE_OUT_OF_SERVICE("divertingDeviceOutOfService", 17),
  HELD_DEVICE_OUT_OF_SERVICE("heldDeviceOutOfService", 18),
  PARK_TO_DEVICE_OUT_OF_SERVICE("parkToDeviceOutOfService", 19),
  PICKUP_DEVICE_OUT_OF_SERVICE("pickupDeviceOutOfService", 20),
  NETWORK_OUT_OF_SERVICE("networkOutOfService", 21),
  OTHER_RESOURCE_OUT_OF_SERVICE("otherResourceOutOfService", 22),
  RESOURCE_LIMIT_EXCEEDED("resourceLimitExceeded", 23),
  OVERALL_MONITOR_LIMIT_EXCEEDED("overallMonitorLimitExceeded", 24),
  CONFERENCE_MEMBER_LIMIT_EXCEEDED("conferenceMemberLimitExceeded", 25),
  REGISTRATION_LIMIT_EXCEEDED("registrationLimitExceeded", 26),
  CONFERENCE_RESOURCE_CANNOT_BE_SATISFIED("conferenceResourceCannotBeSatisfied", 27),
  MAX_DEVICES_EXCEEDED("maxDevicesExceeded", 28),
  START_TIME_OUT_OF_RANGE("startTimeOutOfRange", 29),
  DURATION_EXCEEDED("durationExceeded", 30);

  private static final Map<String, SystemResourceAvailabilityError> BY_NAME = new HashMap<>();

  static {
    for (SystemResourceAvailabilityError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  SystemResourceAvailabilityError(String wireName, int code) {
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
    return ErrorCategory.SYSTEM_RESOURCE_AVAILABILITY;
  }

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<SystemResourceAvailabilityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
