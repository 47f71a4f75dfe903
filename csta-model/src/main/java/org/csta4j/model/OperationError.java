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
  GENERIC("generic", 0),
  AT_LEAST_ONE_CONDITIONAL_PARAMETER_NOT_PROVIDED("atLeastOneConditionalParameterNotProvided", 1),
  FEATURE_ALREADY_SET("featureAlreadySet", 2),
  INVALID_MSG_ID("invalidMsgID", 3),
  INVALID_PARAMETER_VALUE("invalidParameterValue", 4),
  INVALID_ACCOUNT_CODE("invalidAccountCode", 5),
  INVALID_AGENT_GROUP("invalidAgentGroup", 6),
  INVALID_AGENT_IDENTIFIER("invalidAgentIdentifier", 7),
  INVALID_AGENT_PASSWORD("invalidAgentPassword", 8),
  INVALID_AGENT_STATE("invalidAgentState", 9),
  INVALID_ALERT_TIME("invalidAlertTime", 10),
  INVALID_ALLOCATION_STATE("invalidAllocationState", 11),
  INVALID_AUTH_CODE("invalidAuthCode", 12),
  INVALID_AUTO_ANSWER("invalidAutoAnswer", 13),
  INVALID_BIT_RATE("invalidBitRate", 14),
  INVALID_BUTTON_IDENTIFIER("invalidButtonIdentifier", 15),
  INVALID_CALL_TYPE("invalidCallType", 16),
  INVALID_CONNECTION_RATE("invalidConnectionRate", 17),
  INVALID_CONSULT_PURPOSE("invalidConsultPurpose", 18),
  INVALID_CORRELATOR_DATA("invalidCorrelatorData", 19),
  INVALID_CROSS_REF_ID("invalidCrossRefID", 20),
  INVALID_DELAY_TOLERANCE("invalidDelayTolerance", 21),
  INVALID_DESTINATION("invalidDestination", 22),
  INVALID_DESTINATION_DETECT("invalidDestinationDetect", 23),
  INVALID_DO_NOT_DISTURB("invalidDoNotDisturb", 24),
  INVALID_ESCAPE_CROSS_REF_ID("invalidEscapeCrossRefID", 25),
  INVALID_FEATURE("invalidFeature", 26),
  INVALID_FILE("invalidFile", 27),
  INVALID_FLOW_DIRECTION("invalidFlowDirection", 28),
  INVALID_FORWARDING_DESTINATION("invalidForwardingDestination", 29),
  INVALID_FORWARDING_FLAG("invalidForwardingFlag", 30),
  INVALID_FORWARDING_TYPE("invalidForwardingType", 31),
  INVALID_HOOKSWITCH_TYPE("invalidHookswitchType", 32),
  INVALID_HOOKSWITCH_COMPONENT("invalidHookswitchComponent", 33),
  INVALID_LAMP_MODE("invalidLampMode", 34),
  INVALID_LAMP_ID("invalidLampID", 35),
  INVALID_MESSAGE_WAITING_SETTING("invalidMessageWaitingSetting", 36),
  INVALID_MICROPHONE_GAIN("invalidMicrophoneGain", 37),
  INVALID_MICROPHONE_MUTE("invalidMicrophoneMute", 38),
  INVALID_MONITOR_CROSS_REF_ID("invalidMonitorCrossRefID", 39),
  INVALID_MONITOR_FILTER("invalidMonitorFilter", 40),
  INVALID_MONITOR_OBJECT("invalidMonitorObject", 41),
  INVALID_MONITOR_TYPE("invalidMonitorType", 42),
  INVALID_NUMBER_OF_CHANNELS("invalidNumberOFChannels", 43),
  INVALID_PARTICIPATION_TYPE("invalidParticipationType", 44),
  INVALID_REMAIN_RETRY("invalidRemainRetry", 45),
  INVALID_RING_COUNT("invalidRingCount", 46),
  INVALID_RING_PATTERN("invalidRingPattern", 47),
  INVALID_RING_VOLUME("invalidRingVolume", 48),
  INVALID_ROUTEING_ALGORITHM("invalidRouteingAlgorithm", 49),
  INVALID_ROUTEING_CROSS_REF_ID("invalidRouteingCrossRefID", 50),
  INVALID_ROUTE_REGISTRATION_CROSS_REF_ID("invalidRouteRegistrationCrossRefID", 51),
  INVALID_SPEAKER_VOLUME("invalidSpeakerVolume", 52),
  INVALID_SPEAKER_MUTE("invalidSpeakerMute", 53),
  INVALID_SWITCHING_SUBDOMAIN_CHARS_TYPE("invalidSwitchingSubdomainCharsType", 54),
  INVALID_OBJECT_TYPE("invalidObjectType", 55),
  INVALID_ACTIVE_CALL_OBJECT("invalidActiveCallObject", 56),
  INVALID_CALLED_DEVICE_OBJECT_TYPE("invalidCalledDeviceObjectType", 57),
  INVALID_CALLING_DEVICE_OBJECT_TYPE("invalidCallingDeviceObjectType", 58),
  INVALID_CALL_TO_BE_PICKED_UP_OBJECT_TYPE("invalidCallToBePickedUpObjectType", 59),
  INVALID_CALL_TO_DIVERT_OBJECT_TYPE("invalidCallToDivertObjectType", 60),
  INVALID_CALL_TO_PARK_OBJECT_TYPE("invalidCallToParkObjectType", 61),
  INVALID_DESTINATION_DEVICE_OBJECT("invalidDestinationDeviceObject", 62),
  INVALID_HELD_CALL_OBJECT("invalidHeldCallObject", 63),
  INVALID_MONITOR_OBJECT_TYPE("invalidMonitorObjectType", 64),
  INVALID_PARK_TO_OBJECT_TYPE("invalidParkToObjectType", 65),
  MESSAGE_ID_REQUIRED("messageIDRequired", 66),
  NOT_DIFFERENT_DEVICES("notDifferentDevices", 67),
  NOT_SAME_DEVICE("notSameDevice", 68),
  OBJECT_NOT_KNOWN("objectNotKnown", 69),
  INVALID_CALL_ID("invalidCallID", 70),
  INVALID_ACTIVE_CALL_ID("invalidActiveCallID", 71),
  INVALID_HELD_CALL_ID("invalidHeldCallID", 72),
  INVALID_CONNECTION_ID("invalidConnectionID", 73),
  INVALID_ACTIVE_CONNECTION_ID("invalidActiveConnectionID", 74),
  INVALID_HELD_CONNECTION_ID("invalidHeldConnectionID", 75),
  INVALID_DEVICE_ID("invalidDeviceID", 76),
  INVALID_ACTIVE_DEVICE_ID("invalidActiveDeviceID", 77),
  INVALID_CALLED_DEVICE_ID("invalidCalledDeviceID", 78),
  INVALID_CALLING_DEVICE_ID("invalidCallingDeviceID", 79),
  INVALID_CALL_TO_PARK_DEVICE_ID("invalidCallToParkDeviceID", 80),
  INVALID_DESTINATION_DEVICE_ID("invalidDestinationDeviceID", 81),
  INVALID_DIVERTING_DEVICE_ID("invalidDivertingDeviceID", 82),
  INVALID_HELD_DEVICE_ID("invalidHeldDeviceID", 83),
  INVALID_PARK_TO_DEVICE_ID("invalidParkToDeviceID", 84),
  INVALID_PICK_UP_DEVICE_ID("invalidPickUpDeviceID", 85),
  PARAMETER_NOT_SUPPORTED("parameterNotSupported", 86),
  ACCOUNT_CODE_NOT_SUPPORTED("accountCodeNotSupported", 87),
  AGENT_GROUP_NOT_SUPPORTED("agentGroupNotSupported", 88),
  AGENT_PASSWORD_NOT_SUPPORTED("agentPasswordNotSupported", 89),
  AGENT_STATE_NOT_SUPPORTED("agentStateNotSupported", 90),
  ALERT_TIME_NOT_SUPPORTED("alertTimeNotSupported", 91),
  ALLOCATION_NOT_SUPPORTED("allocationNotSupported", 92),
  AUTHORISATION_CODE_NOT_SUPPORTED("authorisationCodeNotSupported", 93),
  AUTO_ANSWER_NOT_SUPPORTED("autoAnswerNotSupported", 94),
  BIT_RATE_NOT_SUPPORTED("bitRateNotSupported", 95),
  BUTTON_NOT_SUPPORTED("buttonNotSupported", 96),
  CALL_TYPE_NOT_SUPPORTED("callTypeNotSupported", 97),
  CHARACTERS_TO_SEND_NOT_SUPPORTED("charactersToSendNotSupported", 98),
  CONNECTION_RATE_NOT_SUPPORTED("connectionRateNotSupported", 99),
  CONNECTION_RESERVATION_NOT_SUPPORTED("connectionReservationNotSupported", 100),
  CONSULT_PURPOSE_NOT_SUPPORTED("consultPurposeNotSupported", 101),
  CORRELATOR_DATA_NOT_SUPPORTED("correlatorDataNotSupported", 102),
  DELAY_TOLERANCE_NOT_SUPPORTED("delayToleranceNotSupported", 103),
  DESTINATION_DETECT_NOT_SUPPORTED("destinationDetectNotSupported", 104),
  DIGIT_MODE_NOT_SUPPORTED("digitModeNotSupported", 105),
  ERROR_VALUE_NOT_SUPPORTED("errorValueNotSupported", 106),
  FLOW_DIRECTION_NOT_SUPPORTED("flowDirectionNotSupported", 107),
  FORWARDING_DESTINATION_NOT_SUPPORTED("forwardingDestinationNotSupported", 108),
  LAMP_NOT_SUPPORTED("lampNotSupported", 109),
  MONITOR_TYPE_NOT_SUPPORTED("monitorTypeNotSupported", 110),
  NUMBER_OF_CHANNELS_NOT_SUPPORTED("numberOfChannelsNotSupported", 111),
  PARAMETER_TYPE_NOT_SUPPORTED("parameterTypeNotSupported", 112),
  PRIORITY_NOT_SUPPORTED("priorityNotSupported", 113),
  PRIVATE_DATA_NOT_SUPPORTED("privateDataNotSupported", 114),
  PULSE_DURATION_NOT_SUPPORTED("pulseDurationNotSupported", 115),
  PULSE_RATE_NOT_SUPPORTED("pulseRateNotSupported", 116),
  REMAIN_RETRY_NOT_SUPPORTED("remainRetryNotSupported", 117),
  RING_COUNT_NOT_SUPPORTED("ringCountNotSupported", 118),
  ROUTE_USED_NOT_SUPPORTED("routeUsedNotSupported", 119),
  SECURITY_NOT_SUPPORTED("securityNotSupported", 120),
  SW_SUBDOMAIN_CCIE_TYPE_NOT_SUPPORTED("swSubdomainCCIETypeNotSupported", 121),
  TONE_DURATION_NOT_SUPPORTED("toneDurationNotSupported", 122),
  SYS_STAT_REG_ID_NOT_SUPPORTED("sysStatRegIDNotSupported", 123),
  USER_DATA_NOT_SUPPORTED("userDataNotSupported", 124),
  PRIVILEGE_VIOLATION_SPECIFIED_DEVICE("privilegeViolationSpecifiedDevice", 125),
  PRIVILEGE_VIOLATION_ACTIVE_DEVICE("privilegeViolationActiveDevice", 126),
  PRIVILEGE_VIOLATION_CALLED_DEVICE("privilegeViolationCalledDevice", 127),
  PRIVILEGE_VIOLATION_CALLING_DEVICE("privilegeViolationCallingDevice", 128),
  PRIVILEGE_VIOLATION_CALL_TO_PARK_DEVICE("privilegeViolationCallToParkDevice", 129),
  PRIVILEGE_VIOLATION_DESTINATION_DEVICE("privilegeViolationDestinationDevice", 130),
  PRIVILEGE_VIOLATION_ON_DIVERTING_DEVICE("privilegeViolationOnDivertingDevice", 131),
  PRIVILEGE_VIOLATION_HELD_DEVICE("privilegeViolationHeldDevice", 132),
  PRIVILEGE_VIOLATION_ON_PARK_TO_DEVICE("privilegeViolationOnParkToDevice", 133),
  PRIVILEGE_VIOLATION_PICK_UP_DEVICE("privilegeViolationPickUpDevice", 134),
  ROUTEING_TIMER_EXPIRED("routeingTimerExpired", 135),
  REQUEST_INCOMPATIBLE_WITH_OBJECT("requestIncompatibleWithObject", 136),
  REQUEST_INCOMPATIBLE_WITH_CONNECTION("requestIncompatibleWithConnection", 137),
  REQUEST_INCOMPATIBLE_WITH_ACTIVE_CONNECTION("requestIncompatibleWithActiveConnection", 138),
  REQUEST_INCOMPATIBLE_WITH_HELD_CONNECTION("requestIncompatibleWithHeldConnection", 139),
  REQUEST_INCOMPATIBLE_WITH_DEVICE("requestIncompatibleWithDevice", 140),
  REQUEST_INCOMPATIBLE_WITH_CALLED_DEVICE("requestIncompatibleWithCalledDevice", 141),
  REQUEST_INCOMPATIBLE_WITH_CALLING_DEVICE("requestIncompatibleWithCallingDevice", 142),
  REQUEST_INCOMPATIBLE_WITH_SUBJECT_DEVICE("requestIncompatibleWithSubjectDevice", 143),
  REQUEST_INCOMPATIBLE_WITH_ACTIVE_DEVICE("requestIncompatibleWithActiveDevice", 144),
  REQUEST_INCOMPATIBLE_WITH_CALL_TO_PARK_DEVICE("requestIncompatibleWithCallToParkDevice", 145),
  REQUEST_INCOMPATIBLE_WITH_DESTINATION_DEVICE("requestIncompatibleWithDestinationDevice", 146),
  REQUEST_INCOMPATIBLE_WITH_DIVERTING_DEVICE("requestIncompatibleWithDivertingDevice", 147),
  REQUEST_INCOMPATIBLE_WITH_HELD_DEVICE("requestIncompatibleWithHeldDevice", 148),
  REQUEST_INCOMPATIBLE_WITH_MEDIA("requestIncompatibleWithMedia", 149),
  REQUEST_INCOMPATIBLE_WITH_PARK_TO_DEVICE("requestIncompatibleWithParkToDevice", 150),
  REQUEST_INCOMPATIBLE_WITH_PICKUP_DEVICE("requestIncompatibleWithPickupDevice", 151),
  SERVICE_NOT_SUPPORTED("serviceNotSupported", 152),
  SECURITY_VIOLATION("securityViolation", 153),
  VALUE_OUT_OF_RANGE("valueOutOfRange", 154),
  AGENT_STATE_OUT_OF_RANGE("agentStateOutOfRange", 155),
  ALERT_TIME_OUT_OF_RANGE("alertTimeOutOfRange", 156),
  ALLOCATION_OUT_OF_RANGE("allocationOutOfRange", 157),
  AUTO_ANSWER_OUT_OF_RANGE("autoAnswerOutOfRange", 158),
  BIT_RATE_OUT_OF_RANGE("bitRateOutOfRange", 159),
  CALL_TYPE_OUT_OF_RANGE("callTypeOutOfRange", 160),
  CONNECTION_RATE_OUT_OF_RANGE("connectionRateOutOfRange", 161),
  CONNECTION_RESERVOATION_OUT_OF_RANGE("connectionReservoationOutOfRange", 162),
  CONSULT_PURPOSE_OUT_OF_RANGE("consultPurposeOutOfRange", 163),
  CORRELATOR_DATA_OUT_OF_RANGE("correlatorDataOutOfRange", 164),
  DELAY_TOLERANCE_OUT_OF_RANGE("delayToleranceOutOfRange", 165),
  DESTINATION_DETECT_OUT_OF_RANGE("destinationDetectOutOfRange", 166),
  DIGIT_MODE_OUT_OF_RANGE("digitModeOutOfRange", 167),
  DO_NOT_DISTURB_OUT_OF_RANGE("doNotDisturbOutOfRange", 168),
  FLOW_DIRECTION_OUT_OF_RANGE("flowDirectionOutOfRange", 169),
  FORWARDING_FLAG_OUT_OF_RANGE("forwardingFlagOutOfRange", 170),
  FORWARDING_TYPE_OUT_OF_RANGE("forwardingTypeOutOfRange", 171),
  HOOKSWITCH_COMPONENT_OUT_OF_RANGE("hookswitchComponentOutOfRange", 172),
  HOOKSWITCH_TYPE_OUT_OF_RANGE("hookswitchTypeOutOfRange", 173),
  LAMP_MODE_OUT_OF_RANGE("lampModeOutOfRange", 174),
  MESSAGE_WAITING_SETTING_OUT_OF_RANGE("messageWaitingSettingOutOfRange", 175),
  MIC_GAIN_OUT_OF_RANGE("micGainOutOfRange", 176),
  MIC_MUTE_OUT_OF_RANGE("micMuteOutOfRange", 177),
  MONITOR_TYPE_OUT_OF_RANGE("monitorTypeOutOfRange", 178),
  NUMBER_OF_CHANNELS_OUT_OF_RANGE("numberOfChannelsOutOfRange", 179),
  PARTICIPATION_TYPE_OUT_OF_RANGE("participationTypeOutOfRange", 180),
  PULSE_DURATION_OUT_OF_RANGE("pulseDurationOutOfRange", 181),
  PULSE_RATE_OUT_OF_RANGE("pulseRateOutOfRange", 182),
  RING_COUNT_OUT_OF_RANGE("ringCountOutOfRange", 183),
  RING_PATTERN_OUT_OF_RANGE("ringPatternOutOfRange", 184),
  RING_VOLUMN_OUT_OF_RANGE("ringVolumnOutOfRange", 185),
  ROUTEING_ALGORITHM_OUT_OF_RANGE("routeingAlgorithmOutOfRange", 186),
  SPEAKER_MUTE_OUT_OF_RANGE("speakerMuteOutOfRange", 187),
  SPEAKER_VOLUME_OUT_OF_RANGE("speakerVolumeOutOfRange", 188),
  SWITCHING_CCITT_TYPE_OUT_OF_RANGE("switchingCcittTypeOutOfRange", 189),
  SYSTEM_STATUS_OUT_OF_RANGE("systemStatusOutOfRange", 190),
  TONE_CHARACTER_OUT_OF_RANGE("toneCharacterOutOfRange", 191),
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<OperationError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
