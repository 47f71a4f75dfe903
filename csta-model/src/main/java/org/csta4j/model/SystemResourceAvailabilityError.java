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
  GENERIC("generic"),
  RESOURCE_BUSY("resourceBusy"),
  INTERNAL_RESOURCE_BUSY("internalResourceBusy"),
  CLASSIFIER_BUSY("classifierBusy"),
  NO_MEDIA_CHANNELS_AVAILABLE("noMediaChannelsAvailable"),
  CHANNELS_IN_USE_FOR_BRIDGED_DEVICES("channelsInUseForBridgedDevices"),
  CHANNELS_IN_USE_FOR_DATA("channelsInUseForData"),
  TONE_DETECTOR_BUSY("toneDetectorBusy"),
  TONE_GENERATOR_BUSY("toneGeneratorBusy"),
  NETWORK_BUSY("networkBusy"),
  RESOURCE_OUT_OF_SERVICE("resourceOutOfService"),
  DEVICE_OUT_OF_SERVICE("deviceOutOfService"),
  ACTIVE_DEVICE_OUT_OF_SERVICE("activeDeviceOutOfService"),
  CALLED_DEVICE_OUT_OF_SERVICE("calledDeviceOutOfService"),
  CALLING_DEVICE_OUT_OF_SERVICE("callingDeviceOutOfService"),
  CALL_TO_PARK_DEVICE_OUT_OF_SERVICE("callToParkDeviceOutOfService"),
  DESTINATION_DEVICE_OUT_OF_SERVICE("destinationDeviceOutOfService"),
  DIVERTING_DEVICE_OUT_OF_SERVICE("divertingDeviceOutOfService"),
  HELD_DEVICE_OUT_OF_SERVICE("heldDeviceOutOfService"),
  PARK_TO_DEVICE_OUT_OF_SERVICE("parkToDeviceOutOfService"),
  PICKUP_DEVICE_OUT_OF_SERVICE("pickupDeviceOutOfService"),
  NETWORK_OUT_OF_SERVICE("networkOutOfService"),
  OTHER_RESOURCE_OUT_OF_SERVICE("otherResourceOutOfService"),
  RESOURCE_LIMIT_EXCEEDED("resourceLimitExceeded"),
  OVERALL_MONITOR_LIMIT_EXCEEDED("overallMonitorLimitExceeded"),
  CONFERENCE_MEMBER_LIMIT_EXCEEDED("conferenceMemberLimitExceeded"),
  REGISTRATION_LIMIT_EXCEEDED("registrationLimitExceeded"),
  CONFERENCE_RESOURCE_CANNOT_BE_SATISFIED("conferenceResourceCannotBeSatisfied"),
  MAX_DEVICES_EXCEEDED("maxDevicesExceeded"),
  START_TIME_OUT_OF_RANGE("startTimeOutOfRange"),
  DURATION_EXCEEDED("durationExceeded");

  private static final Map<String, SystemResourceAvailabilityError> BY_NAME = new HashMap<>();

  static {
    for (SystemResourceAvailabilityError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;

  SystemResourceAvailabilityError(String wireName) {
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
