package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why an event happened (ECMA-269 EventCause), every value of ECMA-323 edition 6.
 *
 * <p>Generated from ECMA-323 edition 6 (EventCause) by {@code tools/gen-enums.py}; constants are in
 * schema order, so {@link #code()} is the schema position.
 */
public enum EventCause implements CstaEnum {
  ACD_BUSY("aCDBusy"),
  ACD_FORWARD("aCDForward"),
  ACD_SATURATED("aCDSaturated"),
  ACTIVATION("activation"),
  ACTIVE_PARTICIPATION("activeParticipation"),
  ALERT_TIME_EXPIRED("alertTimeExpired"),
  ALTERNATE("alternate"),
  AUTO_WORK("autoWork"),
  BABBLE("babble"),
  BAD_ATTRIBUTE("badAttribute"),
  BAD_GRAMMAR("badGrammar"),
  BAD_URI("badURI"),
  BAD_VOICE("badVoice"),
  BLOCKED("blocked"),
  BUSY("busy"),
  BUSY_OVERFLOW("busyOverflow"),
  CALENDAR_OVERFLOW("calendarOverflow"),
  CALL_BACK("callBack"),
  CALL_CANCELLED("callCancelled"),
  CALL_FORWARD("callForward"),
  CALL_FORWARD_IMMEDIATE("callForwardImmediate"),
  CALL_FORWARD_BUSY("callForwardBusy"),
  CALL_FORWARD_NO_ANSWER("callForwardNoAnswer"),
  CALL_INTERCEPTION("callInterception"),
  CALL_INTERCEPTION_BUSY("callInterceptionBusy"),
  CALL_INTERCEPTION_FORWARDED("callInterceptionForwarded"),
  CALL_INTERCEPTION_NO_ANSWER("callInterceptionNoAnswer"),
  CALL_INTERCEPTION_RESOURCES_NOT_AVAILABLE("callInterceptionResourcesNotAvailable"),
  CALL_NOT_ANSWERED("callNotAnswered"),
  CALL_PICKUP("callPickup"),
  CAMP_ON("campOn"),
  CAMP_ON_TRUNKS("campOnTrunks"),
  CAPACITY_OVERFLOW("capacityOverflow"),
  CHARACTER_COUNT_REACHED("characterCountReached"),
  CONFERENCE("conference"),
  CONSULTATION("consultation"),
  DEST_DETECTED("destDetected"),
  DEST_NOT_OBTAINABLE("destNotObtainable"),
  DEST_OUT_OF_ORDER("destOutOfOrder"),
  DISTRIBUTED("distributed"),
  DISTRIBUTION_DELAY("distributionDelay"),
  DO_NOT_DISTURB("doNotDisturb"),
  DTMF_DIGIT_DETECTED("dTMFDigitDetected"),
  DUPLICATE_DTMF("duplicateDTMF"),
  DURATION_EXCEEDED("durationExceeded"),
  EARLY_STOP("earlyStop"),
  EMPTY_QUEUE("emptyQueue"),
  END_OF_MESSAGE_DETECTED("endOfMessageDetected"),
  ENTERING_DISTRIBUTION("enteringDistribution"),
  FORCED_PAUSE("forcedPause"),
  FORCED_TRANSITION("forcedTransition"),
  INCOMPATIBLE_DESTINATION("incompatibleDestination"),
  INTERDIGIT_TIMEOUT("interdigitTimeout"),
  INTRUDE("intrude"),
  INVALID_ACCOUNT_CODE("invalidAccountCode"),
  INVALID_CONNECTION("invalidConnection"),
  INVALID_CONNECTION_STATE("invalidConnectionState"),
  INVALID_NUMBER_FORMAT("invalidNumberFormat"),
  JOIN_CALL("joinCall"),
  KEY_OPERATION("keyOperation"),
  KEY_OPERATION_IN_USE("keyOperationInUse"),
  LAWFUL_INTERCEPTION("lawfulInterception"),
  LOCKOUT("lockout"),
  MAINTENANCE("maintenance"),
  MAKE_CALL("makeCall"),
  MAKE_CONNECTION("makeConnection"),
  MAKE_PREDICTIVE_CALL("makePredictiveCall"),
  MAX_TIMEOUT("maxTimeout"),
  MESSAGE_DURATION_EXCEEDED("messageDurationExceeded"),
  MESSAGE_SIZE_EXCEEDED("messageSizeExceeded"),
  MULTIPLE_ALERTING("multipleAlerting"),
  MULTIPLE_QUEUING("multipleQueuing"),
  NETWORK_CONGESTION("networkCongestion"),
  NETWORK_DIALLING("networkDialling"),
  NETWORK_NOT_OBTAINABLE("networkNotObtainable"),
  NETWORK_OUT_OF_ORDER("networkOutOfOrder"),
  NETWORK_SIGNAL("networkSignal"),
  NEW_CALL("newCall"),
  NEXT_MESSAGE("nextMessage"),
  NO_AVAILABLE_AGENTS("noAvailableAgents"),
  NORMAL("normal"),
  NORMAL_CLEARING("normalClearing"),
  NO_AUDIO_SAVED("noAudioSaved"),
  NO_QUEUE("noQueue"),
  NO_RULE("noRule"),
  NO_SPEECH_DETECTED("noSpeechDetected"),
  NOT_AVAILABLE_BEARER_SERVICE("notAvailableBearerService"),
  NOT_SUPPORTED_BEARER_SERVICE("notSupportedBearerService"),
  NUMBER_CHANGED("numberChanged"),
  NUMBER_UNALLOCATED("numberUnallocated"),
  OUT_OF_GRAMMAR("outOfGrammar"),
  OVERFLOW("overflow"),
  OVERRIDE("override"),
  PARK("park"),
  PATH_REPLACEMENT("pathReplacement"),
  QUEUE_CLEARED("queueCleared"),
  QUEUE_TIME_OVERFLOW("queueTimeOverflow"),
  RECALL("recall"),
  RECALL_BUSY("recallBusy"),
  RECALL_FORWARDED("recallForwarded"),
  RECALL_NO_ANSWER("recallNoAnswer"),
  RECALL_RESOURCES_NOT_AVAILABLE("recallResourcesNotAvailable"),
  REDIRECTED("redirected"),
  REMAINS_IN_QUEUE("remainsInQueue"),
  REORDER_TONE("reorderTone"),
  RESERVED("reserved"),
  RESOURCES_NOT_AVAILABLE("resourcesNotAvailable"),
  SELECTED_TRUNK_BUSY("selectedTrunkBusy"),
  SILENT_PARTICIPATION("silentParticipation"),
  SINGLE_STEP_CONFERENCE("singleStepConference"),
  SINGLE_STEP_TRANSFER("singleStepTransfer"),
  SPEECH_DETECTED("speechDetected"),
  SUSPEND("suspend"),
  SWITCHING_FUNCTION_TERMINATED("switchingFunctionTerminated"),
  TERMINATION_CHARACTER_RECEIVED("terminationCharacterReceived"),
  TIMEOUT("timeout"),
  TRANSFER("transfer"),
  TRUNKS_BUSY("trunksBusy"),
  UNAUTHORISED_BEARER_SERVICE("unauthorisedBearerService"),
  UNKNOWN_OVERFLOW("unknownOverflow");

  private static final Map<String, EventCause> BY_NAME = new HashMap<>();

  static {
    for (EventCause v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;

  EventCause(String wireName) {
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<EventCause> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
