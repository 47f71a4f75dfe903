package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of the {@code operation} error category.
 *
 * <p>Generated from ECMA-323 edition 6 (OperationErrors) by {@code tools/gen-enums.py}; constants
 * are in schema order, so {@link #code()} is the schema position.
 */
public enum OperationError implements CstaErrorValue {
  /** An operation error the switch does not describe further. */
  GENERIC("generic", 0),
  /** The request lacks a parameter of a group of which at least one must be given. */
  AT_LEAST_ONE_CONDITIONAL_PARAMETER_NOT_PROVIDED("atLeastOneConditionalParameterNotProvided", 1),
  /** The feature the request sets is already set that way. */
  FEATURE_ALREADY_SET("featureAlreadySet", 2),
  /** The request names a voice message id the switch does not know. */
  INVALID_MSG_ID("invalidMsgID", 3),
  /** A parameter of the request has a value the switch does not accept. */
  INVALID_PARAMETER_VALUE("invalidParameterValue", 4),
  /** The request's account code is not valid. */
  INVALID_ACCOUNT_CODE("invalidAccountCode", 5),
  /** The request's agent group is not valid. */
  INVALID_AGENT_GROUP("invalidAgentGroup", 6),
  /** The request's agent identifier is not valid. */
  INVALID_AGENT_IDENTIFIER("invalidAgentIdentifier", 7),
  /** The request's agent password is not valid. */
  INVALID_AGENT_PASSWORD("invalidAgentPassword", 8),
  /** The request's agent state is not valid. */
  INVALID_AGENT_STATE("invalidAgentState", 9),
  /** The request's alert time is not valid. */
  INVALID_ALERT_TIME("invalidAlertTime", 10),
  /** The request's allocation state is not valid. */
  INVALID_ALLOCATION_STATE("invalidAllocationState", 11),
  /** The request's authorisation code is not valid. */
  INVALID_AUTH_CODE("invalidAuthCode", 12),
  /** The request's auto answer is not valid. */
  INVALID_AUTO_ANSWER("invalidAutoAnswer", 13),
  /** The request's bit rate is not valid. */
  INVALID_BIT_RATE("invalidBitRate", 14),
  /** The request's button identifier is not valid. */
  INVALID_BUTTON_IDENTIFIER("invalidButtonIdentifier", 15),
  /** The request's call type is not valid. */
  INVALID_CALL_TYPE("invalidCallType", 16),
  /** The request's connection rate is not valid. */
  INVALID_CONNECTION_RATE("invalidConnectionRate", 17),
  /** The request's consult purpose is not valid. */
  INVALID_CONSULT_PURPOSE("invalidConsultPurpose", 18),
  /** The request's correlator data is not valid. */
  INVALID_CORRELATOR_DATA("invalidCorrelatorData", 19),
  /** The request names a cross reference id the switch does not know or cannot use here. */
  INVALID_CROSS_REF_ID("invalidCrossRefID", 20),
  /** The request's delay tolerance is not valid. */
  INVALID_DELAY_TOLERANCE("invalidDelayTolerance", 21),
  /** The request's destination is not valid. */
  INVALID_DESTINATION("invalidDestination", 22),
  /** The request's destination detect is not valid. */
  INVALID_DESTINATION_DETECT("invalidDestinationDetect", 23),
  /** The request's do-not-disturb is not valid. */
  INVALID_DO_NOT_DISTURB("invalidDoNotDisturb", 24),
  /** The request names a escape cross reference id the switch does not know or cannot use here. */
  INVALID_ESCAPE_CROSS_REF_ID("invalidEscapeCrossRefID", 25),
  /** The request's feature is not valid. */
  INVALID_FEATURE("invalidFeature", 26),
  /** The request's file is not valid. */
  INVALID_FILE("invalidFile", 27),
  /** The request's flow direction is not valid. */
  INVALID_FLOW_DIRECTION("invalidFlowDirection", 28),
  /** The request's forwarding destination is not valid. */
  INVALID_FORWARDING_DESTINATION("invalidForwardingDestination", 29),
  /** The request's forwarding flag is not valid. */
  INVALID_FORWARDING_FLAG("invalidForwardingFlag", 30),
  /** The request's forwarding type is not valid. */
  INVALID_FORWARDING_TYPE("invalidForwardingType", 31),
  /** The request's hookswitch type is not valid. */
  INVALID_HOOKSWITCH_TYPE("invalidHookswitchType", 32),
  /** The request's hookswitch component is not valid. */
  INVALID_HOOKSWITCH_COMPONENT("invalidHookswitchComponent", 33),
  /** The request's lamp mode is not valid. */
  INVALID_LAMP_MODE("invalidLampMode", 34),
  /** The request names a lamp id the switch does not know or cannot use here. */
  INVALID_LAMP_ID("invalidLampID", 35),
  /** The request's message waiting setting is not valid. */
  INVALID_MESSAGE_WAITING_SETTING("invalidMessageWaitingSetting", 36),
  /** The request's microphone gain is not valid. */
  INVALID_MICROPHONE_GAIN("invalidMicrophoneGain", 37),
  /** The request's microphone mute is not valid. */
  INVALID_MICROPHONE_MUTE("invalidMicrophoneMute", 38),
  /** The request names a monitor cross reference id the switch does not know or cannot use here. */
  INVALID_MONITOR_CROSS_REF_ID("invalidMonitorCrossRefID", 39),
  /** The request's monitor filter is not valid. */
  INVALID_MONITOR_FILTER("invalidMonitorFilter", 40),
  /** The object given as the monitor is of a kind this service does not accept. */
  INVALID_MONITOR_OBJECT("invalidMonitorObject", 41),
  /** The request's monitor type is not valid. */
  INVALID_MONITOR_TYPE("invalidMonitorType", 42),
  /** The request's number of channels is not valid. */
  INVALID_NUMBER_OF_CHANNELS("invalidNumberOFChannels", 43),
  /** The request's participation type is not valid. */
  INVALID_PARTICIPATION_TYPE("invalidParticipationType", 44),
  /** The request's remain retry is not valid. */
  INVALID_REMAIN_RETRY("invalidRemainRetry", 45),
  /** The request's ring count is not valid. */
  INVALID_RING_COUNT("invalidRingCount", 46),
  /** The request's ring pattern is not valid. */
  INVALID_RING_PATTERN("invalidRingPattern", 47),
  /** The request's ring volume is not valid. */
  INVALID_RING_VOLUME("invalidRingVolume", 48),
  /** The request's routeing algorithm is not valid. */
  INVALID_ROUTEING_ALGORITHM("invalidRouteingAlgorithm", 49),
  /**
   * The request names a routeing cross reference id the switch does not know or cannot use here.
   */
  INVALID_ROUTEING_CROSS_REF_ID("invalidRouteingCrossRefID", 50),
  /**
   * The request names a route registration cross reference id the switch does not know or cannot
   * use here.
   */
  INVALID_ROUTE_REGISTRATION_CROSS_REF_ID("invalidRouteRegistrationCrossRefID", 51),
  /** The request's speaker volume is not valid. */
  INVALID_SPEAKER_VOLUME("invalidSpeakerVolume", 52),
  /** The request's speaker mute is not valid. */
  INVALID_SPEAKER_MUTE("invalidSpeakerMute", 53),
  /** The request's switching subdomain chars type is not valid. */
  INVALID_SWITCHING_SUBDOMAIN_CHARS_TYPE("invalidSwitchingSubdomainCharsType", 54),
  /** The request's object type is not valid. */
  INVALID_OBJECT_TYPE("invalidObjectType", 55),
  /** The object given as the active call is of a kind this service does not accept. */
  INVALID_ACTIVE_CALL_OBJECT("invalidActiveCallObject", 56),
  /** The object given as the called device is of a kind this service does not accept. */
  INVALID_CALLED_DEVICE_OBJECT_TYPE("invalidCalledDeviceObjectType", 57),
  /** The object given as the calling device is of a kind this service does not accept. */
  INVALID_CALLING_DEVICE_OBJECT_TYPE("invalidCallingDeviceObjectType", 58),
  /** The object given as the call to be picked up is of a kind this service does not accept. */
  INVALID_CALL_TO_BE_PICKED_UP_OBJECT_TYPE("invalidCallToBePickedUpObjectType", 59),
  /** The object given as the call to divert is of a kind this service does not accept. */
  INVALID_CALL_TO_DIVERT_OBJECT_TYPE("invalidCallToDivertObjectType", 60),
  /** The object given as the call to park is of a kind this service does not accept. */
  INVALID_CALL_TO_PARK_OBJECT_TYPE("invalidCallToParkObjectType", 61),
  /** The object given as the destination device is of a kind this service does not accept. */
  INVALID_DESTINATION_DEVICE_OBJECT("invalidDestinationDeviceObject", 62),
  /** The object given as the held call is of a kind this service does not accept. */
  INVALID_HELD_CALL_OBJECT("invalidHeldCallObject", 63),
  /** The object given as the monitor is of a kind this service does not accept. */
  INVALID_MONITOR_OBJECT_TYPE("invalidMonitorObjectType", 64),
  /** The object given as the park-to is of a kind this service does not accept. */
  INVALID_PARK_TO_OBJECT_TYPE("invalidParkToObjectType", 65),
  /** The service needs a message id that the request does not give. */
  MESSAGE_ID_REQUIRED("messageIDRequired", 66),
  /** The service needs two different devices but was given the same one twice. */
  NOT_DIFFERENT_DEVICES("notDifferentDevices", 67),
  /**
   * The service needs both calls at the same device, e.g. the held and the active call of a
   * transfer.
   */
  NOT_SAME_DEVICE("notSameDevice", 68),
  /** The switch does not know the object the request names. */
  OBJECT_NOT_KNOWN("objectNotKnown", 69),
  /** The request names a call id the switch does not know or cannot use here. */
  INVALID_CALL_ID("invalidCallID", 70),
  /** The request names a active call id the switch does not know or cannot use here. */
  INVALID_ACTIVE_CALL_ID("invalidActiveCallID", 71),
  /** The request names a held call id the switch does not know or cannot use here. */
  INVALID_HELD_CALL_ID("invalidHeldCallID", 72),
  /** The request names a connection id the switch does not know or cannot use here. */
  INVALID_CONNECTION_ID("invalidConnectionID", 73),
  /** The request names a active connection id the switch does not know or cannot use here. */
  INVALID_ACTIVE_CONNECTION_ID("invalidActiveConnectionID", 74),
  /** The request names a held connection id the switch does not know or cannot use here. */
  INVALID_HELD_CONNECTION_ID("invalidHeldConnectionID", 75),
  /** The request names a device id the switch does not know or cannot use here. */
  INVALID_DEVICE_ID("invalidDeviceID", 76),
  /** The request names a active device id the switch does not know or cannot use here. */
  INVALID_ACTIVE_DEVICE_ID("invalidActiveDeviceID", 77),
  /** The request names a called device id the switch does not know or cannot use here. */
  INVALID_CALLED_DEVICE_ID("invalidCalledDeviceID", 78),
  /** The request names a calling device id the switch does not know or cannot use here. */
  INVALID_CALLING_DEVICE_ID("invalidCallingDeviceID", 79),
  /** The request names a call to park device id the switch does not know or cannot use here. */
  INVALID_CALL_TO_PARK_DEVICE_ID("invalidCallToParkDeviceID", 80),
  /** The request names a destination device id the switch does not know or cannot use here. */
  INVALID_DESTINATION_DEVICE_ID("invalidDestinationDeviceID", 81),
  /** The request names a diverting device id the switch does not know or cannot use here. */
  INVALID_DIVERTING_DEVICE_ID("invalidDivertingDeviceID", 82),
  /** The request names a held device id the switch does not know or cannot use here. */
  INVALID_HELD_DEVICE_ID("invalidHeldDeviceID", 83),
  /** The request names a park-to device id the switch does not know or cannot use here. */
  INVALID_PARK_TO_DEVICE_ID("invalidParkToDeviceID", 84),
  /** The request names a pickup device id the switch does not know or cannot use here. */
  INVALID_PICK_UP_DEVICE_ID("invalidPickUpDeviceID", 85),
  /** The request carries a parameter the switch does not support. */
  PARAMETER_NOT_SUPPORTED("parameterNotSupported", 86),
  /** The switch does not support the account code parameter here. */
  ACCOUNT_CODE_NOT_SUPPORTED("accountCodeNotSupported", 87),
  /** The switch does not support the agent group parameter here. */
  AGENT_GROUP_NOT_SUPPORTED("agentGroupNotSupported", 88),
  /** The switch does not support the agent password parameter here. */
  AGENT_PASSWORD_NOT_SUPPORTED("agentPasswordNotSupported", 89),
  /** The switch does not support the agent state parameter here. */
  AGENT_STATE_NOT_SUPPORTED("agentStateNotSupported", 90),
  /** The switch does not support the alert time parameter here. */
  ALERT_TIME_NOT_SUPPORTED("alertTimeNotSupported", 91),
  /** The switch does not support the allocation parameter here. */
  ALLOCATION_NOT_SUPPORTED("allocationNotSupported", 92),
  /** The switch does not support the authorisation code parameter here. */
  AUTHORISATION_CODE_NOT_SUPPORTED("authorisationCodeNotSupported", 93),
  /** The switch does not support the auto answer parameter here. */
  AUTO_ANSWER_NOT_SUPPORTED("autoAnswerNotSupported", 94),
  /** The switch does not support the bit rate parameter here. */
  BIT_RATE_NOT_SUPPORTED("bitRateNotSupported", 95),
  /** The switch does not support the button parameter here. */
  BUTTON_NOT_SUPPORTED("buttonNotSupported", 96),
  /** The switch does not support the call type parameter here. */
  CALL_TYPE_NOT_SUPPORTED("callTypeNotSupported", 97),
  /** The switch does not support the characters to send parameter here. */
  CHARACTERS_TO_SEND_NOT_SUPPORTED("charactersToSendNotSupported", 98),
  /** The switch does not support the connection rate parameter here. */
  CONNECTION_RATE_NOT_SUPPORTED("connectionRateNotSupported", 99),
  /** The switch does not support the connection reservation parameter here. */
  CONNECTION_RESERVATION_NOT_SUPPORTED("connectionReservationNotSupported", 100),
  /** The switch does not support the consult purpose parameter here. */
  CONSULT_PURPOSE_NOT_SUPPORTED("consultPurposeNotSupported", 101),
  /** The switch does not support the correlator data parameter here. */
  CORRELATOR_DATA_NOT_SUPPORTED("correlatorDataNotSupported", 102),
  /** The switch does not support the delay tolerance parameter here. */
  DELAY_TOLERANCE_NOT_SUPPORTED("delayToleranceNotSupported", 103),
  /** The switch does not support the destination detect parameter here. */
  DESTINATION_DETECT_NOT_SUPPORTED("destinationDetectNotSupported", 104),
  /** The switch does not support the digit mode parameter here. */
  DIGIT_MODE_NOT_SUPPORTED("digitModeNotSupported", 105),
  /** The switch does not support the error value parameter here. */
  ERROR_VALUE_NOT_SUPPORTED("errorValueNotSupported", 106),
  /** The switch does not support the flow direction parameter here. */
  FLOW_DIRECTION_NOT_SUPPORTED("flowDirectionNotSupported", 107),
  /** The switch does not support the forwarding destination parameter here. */
  FORWARDING_DESTINATION_NOT_SUPPORTED("forwardingDestinationNotSupported", 108),
  /** The switch does not support the lamp parameter here. */
  LAMP_NOT_SUPPORTED("lampNotSupported", 109),
  /** The switch does not support the monitor type parameter here. */
  MONITOR_TYPE_NOT_SUPPORTED("monitorTypeNotSupported", 110),
  /** The switch does not support the number of channels parameter here. */
  NUMBER_OF_CHANNELS_NOT_SUPPORTED("numberOfChannelsNotSupported", 111),
  /** The switch does not support the parameter type parameter here. */
  PARAMETER_TYPE_NOT_SUPPORTED("parameterTypeNotSupported", 112),
  /** The switch does not support the priority parameter here. */
  PRIORITY_NOT_SUPPORTED("priorityNotSupported", 113),
  /** The switch does not support the private data parameter here. */
  PRIVATE_DATA_NOT_SUPPORTED("privateDataNotSupported", 114),
  /** The switch does not support the pulse duration parameter here. */
  PULSE_DURATION_NOT_SUPPORTED("pulseDurationNotSupported", 115),
  /** The switch does not support the pulse rate parameter here. */
  PULSE_RATE_NOT_SUPPORTED("pulseRateNotSupported", 116),
  /** The switch does not support the remain retry parameter here. */
  REMAIN_RETRY_NOT_SUPPORTED("remainRetryNotSupported", 117),
  /** The switch does not support the ring count parameter here. */
  RING_COUNT_NOT_SUPPORTED("ringCountNotSupported", 118),
  /** The switch does not support the route used parameter here. */
  ROUTE_USED_NOT_SUPPORTED("routeUsedNotSupported", 119),
  /** The switch does not support the security parameter here. */
  SECURITY_NOT_SUPPORTED("securityNotSupported", 120),
  /** The switch does not support the switching subdomain CCIE type parameter here. */
  SW_SUBDOMAIN_CCIE_TYPE_NOT_SUPPORTED("swSubdomainCCIETypeNotSupported", 121),
  /** The switch does not support the tone duration parameter here. */
  TONE_DURATION_NOT_SUPPORTED("toneDurationNotSupported", 122),
  /** The switch does not support the system status registration id parameter here. */
  SYS_STAT_REG_ID_NOT_SUPPORTED("sysStatRegIDNotSupported", 123),
  /** The switch does not support the user data parameter here. */
  USER_DATA_NOT_SUPPORTED("userDataNotSupported", 124),
  /** The application may not use this service on the device named. */
  PRIVILEGE_VIOLATION_SPECIFIED_DEVICE("privilegeViolationSpecifiedDevice", 125),
  /** The application may not use this service on the active device. */
  PRIVILEGE_VIOLATION_ACTIVE_DEVICE("privilegeViolationActiveDevice", 126),
  /** The application may not use this service on the called device. */
  PRIVILEGE_VIOLATION_CALLED_DEVICE("privilegeViolationCalledDevice", 127),
  /** The application may not use this service on the calling device. */
  PRIVILEGE_VIOLATION_CALLING_DEVICE("privilegeViolationCallingDevice", 128),
  /** The application may not use this service on the call to park device. */
  PRIVILEGE_VIOLATION_CALL_TO_PARK_DEVICE("privilegeViolationCallToParkDevice", 129),
  /** The application may not use this service on the destination device. */
  PRIVILEGE_VIOLATION_DESTINATION_DEVICE("privilegeViolationDestinationDevice", 130),
  /** The application may not use this service on the diverting device. */
  PRIVILEGE_VIOLATION_ON_DIVERTING_DEVICE("privilegeViolationOnDivertingDevice", 131),
  /** The application may not use this service on the held device. */
  PRIVILEGE_VIOLATION_HELD_DEVICE("privilegeViolationHeldDevice", 132),
  /** The application may not use this service on the park-to device. */
  PRIVILEGE_VIOLATION_ON_PARK_TO_DEVICE("privilegeViolationOnParkToDevice", 133),
  /** The application may not use this service on the pickup device. */
  PRIVILEGE_VIOLATION_PICK_UP_DEVICE("privilegeViolationPickUpDevice", 134),
  /** The routeing timer ran out before the application chose a route. */
  ROUTEING_TIMER_EXPIRED("routeingTimerExpired", 135),
  /** The service cannot be applied to the object the request names. */
  REQUEST_INCOMPATIBLE_WITH_OBJECT("requestIncompatibleWithObject", 136),
  /** The service cannot be applied to the connection given. */
  REQUEST_INCOMPATIBLE_WITH_CONNECTION("requestIncompatibleWithConnection", 137),
  /** The service cannot be applied to the active connection given. */
  REQUEST_INCOMPATIBLE_WITH_ACTIVE_CONNECTION("requestIncompatibleWithActiveConnection", 138),
  /** The service cannot be applied to the held connection given. */
  REQUEST_INCOMPATIBLE_WITH_HELD_CONNECTION("requestIncompatibleWithHeldConnection", 139),
  /** The service cannot be applied to the device given. */
  REQUEST_INCOMPATIBLE_WITH_DEVICE("requestIncompatibleWithDevice", 140),
  /** The service cannot be applied to the called device given. */
  REQUEST_INCOMPATIBLE_WITH_CALLED_DEVICE("requestIncompatibleWithCalledDevice", 141),
  /** The service cannot be applied to the calling device given. */
  REQUEST_INCOMPATIBLE_WITH_CALLING_DEVICE("requestIncompatibleWithCallingDevice", 142),
  /** The service cannot be applied to the subject device given. */
  REQUEST_INCOMPATIBLE_WITH_SUBJECT_DEVICE("requestIncompatibleWithSubjectDevice", 143),
  /** The service cannot be applied to the active device given. */
  REQUEST_INCOMPATIBLE_WITH_ACTIVE_DEVICE("requestIncompatibleWithActiveDevice", 144),
  /** The service cannot be applied to the call to park device given. */
  REQUEST_INCOMPATIBLE_WITH_CALL_TO_PARK_DEVICE("requestIncompatibleWithCallToParkDevice", 145),
  /** The service cannot be applied to the destination device given. */
  REQUEST_INCOMPATIBLE_WITH_DESTINATION_DEVICE("requestIncompatibleWithDestinationDevice", 146),
  /** The service cannot be applied to the diverting device given. */
  REQUEST_INCOMPATIBLE_WITH_DIVERTING_DEVICE("requestIncompatibleWithDivertingDevice", 147),
  /** The service cannot be applied to the held device given. */
  REQUEST_INCOMPATIBLE_WITH_HELD_DEVICE("requestIncompatibleWithHeldDevice", 148),
  /** The service cannot be applied to the media given. */
  REQUEST_INCOMPATIBLE_WITH_MEDIA("requestIncompatibleWithMedia", 149),
  /** The service cannot be applied to the park-to device given. */
  REQUEST_INCOMPATIBLE_WITH_PARK_TO_DEVICE("requestIncompatibleWithParkToDevice", 150),
  /** The service cannot be applied to the pickup device given. */
  REQUEST_INCOMPATIBLE_WITH_PICKUP_DEVICE("requestIncompatibleWithPickupDevice", 151),
  /** The switch does not offer this service. */
  SERVICE_NOT_SUPPORTED("serviceNotSupported", 152),
  /** The request breaks a security rule of the switch. */
  SECURITY_VIOLATION("securityViolation", 153),
  /** A parameter value is outside the range the switch accepts. */
  VALUE_OUT_OF_RANGE("valueOutOfRange", 154),
  /** The agent state value is outside the range the switch accepts. */
  AGENT_STATE_OUT_OF_RANGE("agentStateOutOfRange", 155),
  /** The alert time value is outside the range the switch accepts. */
  ALERT_TIME_OUT_OF_RANGE("alertTimeOutOfRange", 156),
  /** The allocation value is outside the range the switch accepts. */
  ALLOCATION_OUT_OF_RANGE("allocationOutOfRange", 157),
  /** The auto answer value is outside the range the switch accepts. */
  AUTO_ANSWER_OUT_OF_RANGE("autoAnswerOutOfRange", 158),
  /** The bit rate value is outside the range the switch accepts. */
  BIT_RATE_OUT_OF_RANGE("bitRateOutOfRange", 159),
  /** The call type value is outside the range the switch accepts. */
  CALL_TYPE_OUT_OF_RANGE("callTypeOutOfRange", 160),
  /** The connection rate value is outside the range the switch accepts. */
  CONNECTION_RATE_OUT_OF_RANGE("connectionRateOutOfRange", 161),
  /** The connection reservation value is outside the range the switch accepts. */
  CONNECTION_RESERVOATION_OUT_OF_RANGE("connectionReservoationOutOfRange", 162),
  /** The consult purpose value is outside the range the switch accepts. */
  CONSULT_PURPOSE_OUT_OF_RANGE("consultPurposeOutOfRange", 163),
  /** The correlator data value is outside the range the switch accepts. */
  CORRELATOR_DATA_OUT_OF_RANGE("correlatorDataOutOfRange", 164),
  /** The delay tolerance value is outside the range the switch accepts. */
  DELAY_TOLERANCE_OUT_OF_RANGE("delayToleranceOutOfRange", 165),
  /** The destination detect value is outside the range the switch accepts. */
  DESTINATION_DETECT_OUT_OF_RANGE("destinationDetectOutOfRange", 166),
  /** The digit mode value is outside the range the switch accepts. */
  DIGIT_MODE_OUT_OF_RANGE("digitModeOutOfRange", 167),
  /** The do-not-disturb value is outside the range the switch accepts. */
  DO_NOT_DISTURB_OUT_OF_RANGE("doNotDisturbOutOfRange", 168),
  /** The flow direction value is outside the range the switch accepts. */
  FLOW_DIRECTION_OUT_OF_RANGE("flowDirectionOutOfRange", 169),
  /** The forwarding flag value is outside the range the switch accepts. */
  FORWARDING_FLAG_OUT_OF_RANGE("forwardingFlagOutOfRange", 170),
  /** The forwarding type value is outside the range the switch accepts. */
  FORWARDING_TYPE_OUT_OF_RANGE("forwardingTypeOutOfRange", 171),
  /** The hookswitch component value is outside the range the switch accepts. */
  HOOKSWITCH_COMPONENT_OUT_OF_RANGE("hookswitchComponentOutOfRange", 172),
  /** The hookswitch type value is outside the range the switch accepts. */
  HOOKSWITCH_TYPE_OUT_OF_RANGE("hookswitchTypeOutOfRange", 173),
  /** The lamp mode value is outside the range the switch accepts. */
  LAMP_MODE_OUT_OF_RANGE("lampModeOutOfRange", 174),
  /** The message waiting setting value is outside the range the switch accepts. */
  MESSAGE_WAITING_SETTING_OUT_OF_RANGE("messageWaitingSettingOutOfRange", 175),
  /** The microphone gain value is outside the range the switch accepts. */
  MIC_GAIN_OUT_OF_RANGE("micGainOutOfRange", 176),
  /** The microphone mute value is outside the range the switch accepts. */
  MIC_MUTE_OUT_OF_RANGE("micMuteOutOfRange", 177),
  /** The monitor type value is outside the range the switch accepts. */
  MONITOR_TYPE_OUT_OF_RANGE("monitorTypeOutOfRange", 178),
  /** The number of channels value is outside the range the switch accepts. */
  NUMBER_OF_CHANNELS_OUT_OF_RANGE("numberOfChannelsOutOfRange", 179),
  /** The participation type value is outside the range the switch accepts. */
  PARTICIPATION_TYPE_OUT_OF_RANGE("participationTypeOutOfRange", 180),
  /** The pulse duration value is outside the range the switch accepts. */
  PULSE_DURATION_OUT_OF_RANGE("pulseDurationOutOfRange", 181),
  /** The pulse rate value is outside the range the switch accepts. */
  PULSE_RATE_OUT_OF_RANGE("pulseRateOutOfRange", 182),
  /** The ring count value is outside the range the switch accepts. */
  RING_COUNT_OUT_OF_RANGE("ringCountOutOfRange", 183),
  /** The ring pattern value is outside the range the switch accepts. */
  RING_PATTERN_OUT_OF_RANGE("ringPatternOutOfRange", 184),
  /** The ring volume value is outside the range the switch accepts. */
  RING_VOLUMN_OUT_OF_RANGE("ringVolumnOutOfRange", 185),
  /** The routeing algorithm value is outside the range the switch accepts. */
  ROUTEING_ALGORITHM_OUT_OF_RANGE("routeingAlgorithmOutOfRange", 186),
  /** The speaker mute value is outside the range the switch accepts. */
  SPEAKER_MUTE_OUT_OF_RANGE("speakerMuteOutOfRange", 187),
  /** The speaker volume value is outside the range the switch accepts. */
  SPEAKER_VOLUME_OUT_OF_RANGE("speakerVolumeOutOfRange", 188),
  /** The switching CCITT type value is outside the range the switch accepts. */
  SWITCHING_CCITT_TYPE_OUT_OF_RANGE("switchingCcittTypeOutOfRange", 189),
  /** The system status value is outside the range the switch accepts. */
  SYSTEM_STATUS_OUT_OF_RANGE("systemStatusOutOfRange", 190),
  /** The tone character value is outside the range the switch accepts. */
  TONE_CHARACTER_OUT_OF_RANGE("toneCharacterOutOfRange", 191),
  /** The tone duration value is outside the range the switch accepts. */
  TONE_DURATION_OUT_OF_RANGE("toneDurationOutOfRange", 192);

  private static final Map<String, OperationError> BY_NAME = new HashMap<>();

  static {
    for (OperationError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  OperationError(String wireName, int code) {
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
    return ErrorCategory.OPERATION;
  }

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<OperationError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
