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
  GENERIC("generic"),
  AT_LEAST_ONE_CONDITIONAL_PARAMETER_NOT_PROVIDED("atLeastOneConditionalParameterNotProvided"),
  FEATURE_ALREADY_SET("featureAlreadySet"),
  INVALID_MSG_ID("invalidMsgID"),
  INVALID_PARAMETER_VALUE("invalidParameterValue"),
  INVALID_ACCOUNT_CODE("invalidAccountCode"),
  INVALID_AGENT_GROUP("invalidAgentGroup"),
  INVALID_AGENT_IDENTIFIER("invalidAgentIdentifier"),
  INVALID_AGENT_PASSWORD("invalidAgentPassword"),
  INVALID_AGENT_STATE("invalidAgentState"),
  INVALID_ALERT_TIME("invalidAlertTime"),
  INVALID_ALLOCATION_STATE("invalidAllocationState"),
  INVALID_AUTH_CODE("invalidAuthCode"),
  INVALID_AUTO_ANSWER("invalidAutoAnswer"),
  INVALID_BIT_RATE("invalidBitRate"),
  INVALID_BUTTON_IDENTIFIER("invalidButtonIdentifier"),
  INVALID_CALL_TYPE("invalidCallType"),
  INVALID_CONNECTION_RATE("invalidConnectionRate"),
  INVALID_CONSULT_PURPOSE("invalidConsultPurpose"),
  INVALID_CORRELATOR_DATA("invalidCorrelatorData"),
  INVALID_CROSS_REF_ID("invalidCrossRefID"),
  INVALID_DELAY_TOLERANCE("invalidDelayTolerance"),
  INVALID_DESTINATION("invalidDestination"),
  INVALID_DESTINATION_DETECT("invalidDestinationDetect"),
  INVALID_DO_NOT_DISTURB("invalidDoNotDisturb"),
  INVALID_ESCAPE_CROSS_REF_ID("invalidEscapeCrossRefID"),
  INVALID_FEATURE("invalidFeature"),
  INVALID_FILE("invalidFile"),
  INVALID_FLOW_DIRECTION("invalidFlowDirection"),
  INVALID_FORWARDING_DESTINATION("invalidForwardingDestination"),
  INVALID_FORWARDING_FLAG("invalidForwardingFlag"),
  INVALID_FORWARDING_TYPE("invalidForwardingType"),
  INVALID_HOOKSWITCH_TYPE("invalidHookswitchType"),
  INVALID_HOOKSWITCH_COMPONENT("invalidHookswitchComponent"),
  INVALID_LAMP_MODE("invalidLampMode"),
  INVALID_LAMP_ID("invalidLampID"),
  INVALID_MESSAGE_WAITING_SETTING("invalidMessageWaitingSetting"),
  INVALID_MICROPHONE_GAIN("invalidMicrophoneGain"),
  INVALID_MICROPHONE_MUTE("invalidMicrophoneMute"),
  INVALID_MONITOR_CROSS_REF_ID("invalidMonitorCrossRefID"),
  INVALID_MONITOR_FILTER("invalidMonitorFilter"),
  INVALID_MONITOR_OBJECT("invalidMonitorObject"),
  INVALID_MONITOR_TYPE("invalidMonitorType"),
  INVALID_NUMBER_OF_CHANNELS("invalidNumberOFChannels"),
  INVALID_PARTICIPATION_TYPE("invalidParticipationType"),
  INVALID_REMAIN_RETRY("invalidRemainRetry"),
  INVALID_RING_COUNT("invalidRingCount"),
  INVALID_RING_PATTERN("invalidRingPattern"),
  INVALID_RING_VOLUME("invalidRingVolume"),
  INVALID_ROUTEING_ALGORITHM("invalidRouteingAlgorithm"),
  INVALID_ROUTEING_CROSS_REF_ID("invalidRouteingCrossRefID"),
  INVALID_ROUTE_REGISTRATION_CROSS_REF_ID("invalidRouteRegistrationCrossRefID"),
  INVALID_SPEAKER_VOLUME("invalidSpeakerVolume"),
  INVALID_SPEAKER_MUTE("invalidSpeakerMute"),
  INVALID_SWITCHING_SUBDOMAIN_CHARS_TYPE("invalidSwitchingSubdomainCharsType"),
  INVALID_OBJECT_TYPE("invalidObjectType"),
  INVALID_ACTIVE_CALL_OBJECT("invalidActiveCallObject"),
  INVALID_CALLED_DEVICE_OBJECT_TYPE("invalidCalledDeviceObjectType"),
  INVALID_CALLING_DEVICE_OBJECT_TYPE("invalidCallingDeviceObjectType"),
  INVALID_CALL_TO_BE_PICKED_UP_OBJECT_TYPE("invalidCallToBePickedUpObjectType"),
  INVALID_CALL_TO_DIVERT_OBJECT_TYPE("invalidCallToDivertObjectType"),
  INVALID_CALL_TO_PARK_OBJECT_TYPE("invalidCallToParkObjectType"),
  INVALID_DESTINATION_DEVICE_OBJECT("invalidDestinationDeviceObject"),
  INVALID_HELD_CALL_OBJECT("invalidHeldCallObject"),
  INVALID_MONITOR_OBJECT_TYPE("invalidMonitorObjectType"),
  INVALID_PARK_TO_OBJECT_TYPE("invalidParkToObjectType"),
  MESSAGE_ID_REQUIRED("messageIDRequired"),
  NOT_DIFFERENT_DEVICES("notDifferentDevices"),
  NOT_SAME_DEVICE("notSameDevice"),
  OBJECT_NOT_KNOWN("objectNotKnown"),
  INVALID_CALL_ID("invalidCallID"),
  INVALID_ACTIVE_CALL_ID("invalidActiveCallID"),
  INVALID_HELD_CALL_ID("invalidHeldCallID"),
  INVALID_CONNECTION_ID("invalidConnectionID"),
  INVALID_ACTIVE_CONNECTION_ID("invalidActiveConnectionID"),
  INVALID_HELD_CONNECTION_ID("invalidHeldConnectionID"),
  INVALID_DEVICE_ID("invalidDeviceID"),
  INVALID_ACTIVE_DEVICE_ID("invalidActiveDeviceID"),
  INVALID_CALLED_DEVICE_ID("invalidCalledDeviceID"),
  INVALID_CALLING_DEVICE_ID("invalidCallingDeviceID"),
  INVALID_CALL_TO_PARK_DEVICE_ID("invalidCallToParkDeviceID"),
  INVALID_DESTINATION_DEVICE_ID("invalidDestinationDeviceID"),
  INVALID_DIVERTING_DEVICE_ID("invalidDivertingDeviceID"),
  INVALID_HELD_DEVICE_ID("invalidHeldDeviceID"),
  INVALID_PARK_TO_DEVICE_ID("invalidParkToDeviceID"),
  INVALID_PICK_UP_DEVICE_ID("invalidPickUpDeviceID"),
  PARAMETER_NOT_SUPPORTED("parameterNotSupported"),
  ACCOUNT_CODE_NOT_SUPPORTED("accountCodeNotSupported"),
  AGENT_GROUP_NOT_SUPPORTED("agentGroupNotSupported"),
  AGENT_PASSWORD_NOT_SUPPORTED("agentPasswordNotSupported"),
  AGENT_STATE_NOT_SUPPORTED("agentStateNotSupported"),
  ALERT_TIME_NOT_SUPPORTED("alertTimeNotSupported"),
  ALLOCATION_NOT_SUPPORTED("allocationNotSupported"),
  AUTHORISATION_CODE_NOT_SUPPORTED("authorisationCodeNotSupported"),
  AUTO_ANSWER_NOT_SUPPORTED("autoAnswerNotSupported"),
  BIT_RATE_NOT_SUPPORTED("bitRateNotSupported"),
  BUTTON_NOT_SUPPORTED("buttonNotSupported"),
  CALL_TYPE_NOT_SUPPORTED("callTypeNotSupported"),
  CHARACTERS_TO_SEND_NOT_SUPPORTED("charactersToSendNotSupported"),
  CONNECTION_RATE_NOT_SUPPORTED("connectionRateNotSupported"),
  CONNECTION_RESERVATION_NOT_SUPPORTED("connectionReservationNotSupported"),
  CONSULT_PURPOSE_NOT_SUPPORTED("consultPurposeNotSupported"),
  CORRELATOR_DATA_NOT_SUPPORTED("correlatorDataNotSupported"),
  DELAY_TOLERANCE_NOT_SUPPORTED("delayToleranceNotSupported"),
  DESTINATION_DETECT_NOT_SUPPORTED("destinationDetectNotSupported"),
  DIGIT_MODE_NOT_SUPPORTED("digitModeNotSupported"),
  ERROR_VALUE_NOT_SUPPORTED("errorValueNotSupported"),
  FLOW_DIRECTION_NOT_SUPPORTED("flowDirectionNotSupported"),
  FORWARDING_DESTINATION_NOT_SUPPORTED("forwardingDestinationNotSupported"),
  LAMP_NOT_SUPPORTED("lampNotSupported"),
  MONITOR_TYPE_NOT_SUPPORTED("monitorTypeNotSupported"),
  NUMBER_OF_CHANNELS_NOT_SUPPORTED("numberOfChannelsNotSupported"),
  PARAMETER_TYPE_NOT_SUPPORTED("parameterTypeNotSupported"),
  PRIORITY_NOT_SUPPORTED("priorityNotSupported"),
  PRIVATE_DATA_NOT_SUPPORTED("privateDataNotSupported"),
  PULSE_DURATION_NOT_SUPPORTED("pulseDurationNotSupported"),
  PULSE_RATE_NOT_SUPPORTED("pulseRateNotSupported"),
  REMAIN_RETRY_NOT_SUPPORTED("remainRetryNotSupported"),
  RING_COUNT_NOT_SUPPORTED("ringCountNotSupported"),
  ROUTE_USED_NOT_SUPPORTED("routeUsedNotSupported"),
  SECURITY_NOT_SUPPORTED("securityNotSupported"),
  SW_SUBDOMAIN_CCIE_TYPE_NOT_SUPPORTED("swSubdomainCCIETypeNotSupported"),
  TONE_DURATION_NOT_SUPPORTED("toneDurationNotSupported"),
  SYS_STAT_REG_ID_NOT_SUPPORTED("sysStatRegIDNotSupported"),
  USER_DATA_NOT_SUPPORTED("userDataNotSupported"),
  PRIVILEGE_VIOLATION_SPECIFIED_DEVICE("privilegeViolationSpecifiedDevice"),
  PRIVILEGE_VIOLATION_ACTIVE_DEVICE("privilegeViolationActiveDevice"),
  PRIVILEGE_VIOLATION_CALLED_DEVICE("privilegeViolationCalledDevice"),
  PRIVILEGE_VIOLATION_CALLING_DEVICE("privilegeViolationCallingDevice"),
  PRIVILEGE_VIOLATION_CALL_TO_PARK_DEVICE("privilegeViolationCallToParkDevice"),
  PRIVILEGE_VIOLATION_DESTINATION_DEVICE("privilegeViolationDestinationDevice"),
  PRIVILEGE_VIOLATION_ON_DIVERTING_DEVICE("privilegeViolationOnDivertingDevice"),
  PRIVILEGE_VIOLATION_HELD_DEVICE("privilegeViolationHeldDevice"),
  PRIVILEGE_VIOLATION_ON_PARK_TO_DEVICE("privilegeViolationOnParkToDevice"),
  PRIVILEGE_VIOLATION_PICK_UP_DEVICE("privilegeViolationPickUpDevice"),
  ROUTEING_TIMER_EXPIRED("routeingTimerExpired"),
  REQUEST_INCOMPATIBLE_WITH_OBJECT("requestIncompatibleWithObject"),
  REQUEST_INCOMPATIBLE_WITH_CONNECTION("requestIncompatibleWithConnection"),
  REQUEST_INCOMPATIBLE_WITH_ACTIVE_CONNECTION("requestIncompatibleWithActiveConnection"),
  REQUEST_INCOMPATIBLE_WITH_HELD_CONNECTION("requestIncompatibleWithHeldConnection"),
  REQUEST_INCOMPATIBLE_WITH_DEVICE("requestIncompatibleWithDevice"),
  REQUEST_INCOMPATIBLE_WITH_CALLED_DEVICE("requestIncompatibleWithCalledDevice"),
  REQUEST_INCOMPATIBLE_WITH_CALLING_DEVICE("requestIncompatibleWithCallingDevice"),
  REQUEST_INCOMPATIBLE_WITH_SUBJECT_DEVICE("requestIncompatibleWithSubjectDevice"),
  REQUEST_INCOMPATIBLE_WITH_ACTIVE_DEVICE("requestIncompatibleWithActiveDevice"),
  REQUEST_INCOMPATIBLE_WITH_CALL_TO_PARK_DEVICE("requestIncompatibleWithCallToParkDevice"),
  REQUEST_INCOMPATIBLE_WITH_DESTINATION_DEVICE("requestIncompatibleWithDestinationDevice"),
  REQUEST_INCOMPATIBLE_WITH_DIVERTING_DEVICE("requestIncompatibleWithDivertingDevice"),
  REQUEST_INCOMPATIBLE_WITH_HELD_DEVICE("requestIncompatibleWithHeldDevice"),
  REQUEST_INCOMPATIBLE_WITH_MEDIA("requestIncompatibleWithMedia"),
  REQUEST_INCOMPATIBLE_WITH_PARK_TO_DEVICE("requestIncompatibleWithParkToDevice"),
  REQUEST_INCOMPATIBLE_WITH_PICKUP_DEVICE("requestIncompatibleWithPickupDevice"),
  SERVICE_NOT_SUPPORTED("serviceNotSupported"),
  SECURITY_VIOLATION("securityViolation"),
  VALUE_OUT_OF_RANGE("valueOutOfRange"),
  AGENT_STATE_OUT_OF_RANGE("agentStateOutOfRange"),
  ALERT_TIME_OUT_OF_RANGE("alertTimeOutOfRange"),
  ALLOCATION_OUT_OF_RANGE("allocationOutOfRange"),
  AUTO_ANSWER_OUT_OF_RANGE("autoAnswerOutOfRange"),
  BIT_RATE_OUT_OF_RANGE("bitRateOutOfRange"),
  CALL_TYPE_OUT_OF_RANGE("callTypeOutOfRange"),
  CONNECTION_RATE_OUT_OF_RANGE("connectionRateOutOfRange"),
  CONNECTION_RESERVOATION_OUT_OF_RANGE("connectionReservoationOutOfRange"),
  CONSULT_PURPOSE_OUT_OF_RANGE("consultPurposeOutOfRange"),
  CORRELATOR_DATA_OUT_OF_RANGE("correlatorDataOutOfRange"),
  DELAY_TOLERANCE_OUT_OF_RANGE("delayToleranceOutOfRange"),
  DESTINATION_DETECT_OUT_OF_RANGE("destinationDetectOutOfRange"),
  DIGIT_MODE_OUT_OF_RANGE("digitModeOutOfRange"),
  DO_NOT_DISTURB_OUT_OF_RANGE("doNotDisturbOutOfRange"),
  FLOW_DIRECTION_OUT_OF_RANGE("flowDirectionOutOfRange"),
  FORWARDING_FLAG_OUT_OF_RANGE("forwardingFlagOutOfRange"),
  FORWARDING_TYPE_OUT_OF_RANGE("forwardingTypeOutOfRange"),
  HOOKSWITCH_COMPONENT_OUT_OF_RANGE("hookswitchComponentOutOfRange"),
  HOOKSWITCH_TYPE_OUT_OF_RANGE("hookswitchTypeOutOfRange"),
  LAMP_MODE_OUT_OF_RANGE("lampModeOutOfRange"),
  MESSAGE_WAITING_SETTING_OUT_OF_RANGE("messageWaitingSettingOutOfRange"),
  MIC_GAIN_OUT_OF_RANGE("micGainOutOfRange"),
  MIC_MUTE_OUT_OF_RANGE("micMuteOutOfRange"),
  MONITOR_TYPE_OUT_OF_RANGE("monitorTypeOutOfRange"),
  NUMBER_OF_CHANNELS_OUT_OF_RANGE("numberOfChannelsOutOfRange"),
  PARTICIPATION_TYPE_OUT_OF_RANGE("participationTypeOutOfRange"),
  PULSE_DURATION_OUT_OF_RANGE("pulseDurationOutOfRange"),
  PULSE_RATE_OUT_OF_RANGE("pulseRateOutOfRange"),
  RING_COUNT_OUT_OF_RANGE("ringCountOutOfRange"),
  RING_PATTERN_OUT_OF_RANGE("ringPatternOutOfRange"),
  RING_VOLUMN_OUT_OF_RANGE("ringVolumnOutOfRange"),
  ROUTEING_ALGORITHM_OUT_OF_RANGE("routeingAlgorithmOutOfRange"),
  SPEAKER_MUTE_OUT_OF_RANGE("speakerMuteOutOfRange"),
  SPEAKER_VOLUME_OUT_OF_RANGE("speakerVolumeOutOfRange"),
  SWITCHING_CCITT_TYPE_OUT_OF_RANGE("switchingCcittTypeOutOfRange"),
  SYSTEM_STATUS_OUT_OF_RANGE("systemStatusOutOfRange"),
  TONE_CHARACTER_OUT_OF_RANGE("toneCharacterOutOfRange"),
  TONE_DURATION_OUT_OF_RANGE("toneDurationOutOfRange");

  private static final Map<String, OperationError> BY_NAME = new HashMap<>();

  static {
    for (OperationError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;

  OperationError(String wireName) {
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
