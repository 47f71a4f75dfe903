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
  /** A system resource error the switch does not describe further. */
  GENERIC("generic", 0),
  /** A resource the service needs is busy; a later retry may succeed. */
  RESOURCE_BUSY("resourceBusy", 1),
  /** An internal resource of the switch is busy. */
  INTERNAL_RESOURCE_BUSY("internalResourceBusy", 2),
  /** The call classifier the service needs is busy. */
  CLASSIFIER_BUSY("classifierBusy", 3),
  /** No media channel is free for the call. */
  NO_MEDIA_CHANNELS_AVAILABLE("noMediaChannelsAvailable", 4),
  /** The channels are in use by bridged devices. */
  CHANNELS_IN_USE_FOR_BRIDGED_DEVICES("channelsInUseForBridgedDevices", 5),
  /** The channels are in use for data. */
  CHANNELS_IN_USE_FOR_DATA("channelsInUseForData", 6),
  /** The tone detector the service needs is busy. */
  TONE_DETECTOR_BUSY("toneDetectorBusy", 7),
  /** The tone generator the service needs is busy. */
  TONE_GENERATOR_BUSY("toneGeneratorBusy", 8),
  /** The network is busy. */
  NETWORK_BUSY("networkBusy", 9),
  /** The resource is out of service. */
  RESOURCE_OUT_OF_SERVICE("resourceOutOfService", 10),
  /** The device is out of service. */
  DEVICE_OUT_OF_SERVICE("deviceOutOfService", 11),
  /** The active device is out of service. */
  ACTIVE_DEVICE_OUT_OF_SERVICE("activeDeviceOutOfService", 12),
  /** The called device is out of service. */
  CALLED_DEVICE_OUT_OF_SERVICE("calledDeviceOutOfService", 13),
  /** The calling device is out of service. */
  CALLING_DEVICE_OUT_OF_SERVICE("callingDeviceOutOfService", 14),
  /** The call to park device is out of service. */
  CALL_TO_PARK_DEVICE_OUT_OF_SERVICE("callToParkDeviceOutOfService", 15),
  /** The destination device is out of service. */
  DESTINATION_DEVICE_OUT_OF_SERVICE("destinationDeviceOutOfService", 16),
  /** The diverting device is out of service. */
  DIVERTING_DEVICE_OUT_OF_SERVICE("divertingDeviceOutOfService", 17),
  /** The held device is out of service. */
  HELD_DEVICE_OUT_OF_SERVICE("heldDeviceOutOfService", 18),
  /** The park-to device is out of service. */
  PARK_TO_DEVICE_OUT_OF_SERVICE("parkToDeviceOutOfService", 19),
  /** The pickup device is out of service. */
  PICKUP_DEVICE_OUT_OF_SERVICE("pickupDeviceOutOfService", 20),
  /** The network is out of service. */
  NETWORK_OUT_OF_SERVICE("networkOutOfService", 21),
  /** The other resource is out of service. */
  OTHER_RESOURCE_OUT_OF_SERVICE("otherResourceOutOfService", 22),
  /** A resource limit of the switch is reached. */
  RESOURCE_LIMIT_EXCEEDED("resourceLimitExceeded", 23),
  /** The switch runs as many monitors as it can; stop one before starting another. */
  OVERALL_MONITOR_LIMIT_EXCEEDED("overallMonitorLimitExceeded", 24),
  /** The conference already has as many members as the switch allows. */
  CONFERENCE_MEMBER_LIMIT_EXCEEDED("conferenceMemberLimitExceeded", 25),
  /** The switch holds as many registrations as it allows. */
  REGISTRATION_LIMIT_EXCEEDED("registrationLimitExceeded", 26),
  /** The switch cannot provide the resources the conference needs. */
  CONFERENCE_RESOURCE_CANNOT_BE_SATISFIED("conferenceResourceCannotBeSatisfied", 27),
  /** The service would involve more devices than the switch allows. */
  MAX_DEVICES_EXCEEDED("maxDevicesExceeded", 28),
  /** The requested start time is outside the range the switch accepts. */
  START_TIME_OUT_OF_RANGE("startTimeOutOfRange", 29),
  /** The requested duration is longer than the switch allows. */
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

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<SystemResourceAvailabilityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
