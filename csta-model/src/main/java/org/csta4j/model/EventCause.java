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
  ACD_BUSY("aCDBusy", 0),
  ACD_FORWARD("aCDForward", 1),
  ACD_SATURATED("aCDSaturated", 2),
  ACTIVATION("activation", 3),
  ACTIVE_PARTICIPATION("activeParticipation", 4),
  ALERT_TIME_EXPIRED("alertTimeExpired", 5),
  ALTERNATE("alternate", 6),
  AUTO_WORK("autoWork", 7),
  BABBLE("babble", 8),
  BAD_ATTRIBUTE("badAttribute", 9),
  BAD_GRAMMAR("badGrammar", 10),
  BAD_URI("badURI", 11),
  BAD_VOICE("badVoice", 12),
  BLOCKED("blocked", 13),
  BUSY("busy", 14),
  BUSY_OVERFLOW("busyOverflow", 15),
  CALENDAR_OVERFLOW("calendarOverflow", 16),
  CALL_BACK("callBack", 17),
  CALL_CANCELLED("callCancelled", 18),
  CALL_FORWARD("callForward", 19),
  CALL_FORWARD_IMMEDIATE("callForwardImmediate", 20),
  CALL_FORWARD_BUSY("callForwardBusy", 21),
  CALL_FORWARD_NO_ANSWER("callForwardNoAnswer", 22),
  CALL_INTERCEPTION("callInterception", 23),
  CALL_INTERCEPTION_BUSY("callInterceptionBusy", 24),
  CALL_INTERCEPTION_FORWARDED("callInterceptionForwarded", 25),
  CALL_INTERCEPTION_NO_ANSWER("callInterceptionNoAnswer", 26),
  CALL_INTERCEPTION_RESOURCES_NOT_AVAILABLE("callInterceptionResourcesNotAvailable", 27),
  CALL_NOT_ANSWERED("callNotAnswered", 28),
  CALL_PICKUP("callPickup", 29),
  CAMP_ON("campOn", 30),
  CAMP_ON_TRUNKS("campOnTrunks", 31),
  CAPACITY_OVERFLOW("capacityOverflow", 32),
  CHARACTER_COUNT_REACHED("characterCountReached", 33),
  CONFERENCE("conference", 34),
  CONSULTATION("consultation", 35),
  DEST_DETECTED("destDetected", 36),
  DEST_NOT_OBTAINABLE("destNotObtainable", 37),
  DEST_OUT_OF_ORDER("destOutOfOrder", 38),
  DISTRIBUTED("distributed", 39),
  DISTRIBUTION_DELAY("distributionDelay", 40),
  DO_NOT_DISTURB("doNotDisturb", 41),
  DTMF_DIGIT_DETECTED("dTMFDigitDetected", 42),
  DUPLICATE_DTMF("duplicateDTMF", 43),
  DURATION_EXCEEDED("durationExceeded", 44),
  EARLY_STOP("earlyStop", 45),
  EMPTY_QUEUE("emptyQueue", 46),
  END_OF_MESSAGE_DETECTED("endOfMessageDetected", 47),
  ENTERING_DISTRIBUTION("enteringDistribution", 48),
  FORCED_PAUSE("forcedPause", 49),
  FORCED_TRANSITION("forcedTransition", 50),
  INCOMPATIBLE_DESTINATION("incompatibleDestination", 51),
  INTERDIGIT_TIMEOUT("interdigitTimeout", 52),
  INTRUDE("intrude", 53),
  INVALID_ACCOUNT_CODE("invalidAccountCode", 54),
  INVALID_CONNECTION("invalidConnection", 55),
  INVALID_CONNECTION_STATE("invalidConnectionState", 56),
  INVALID_NUMBER_FORMAT("invalidNumberFormat", 57),
  JOIN_CALL("joinCall", 58),
  KEY_OPERATION("keyOperation", 59),
  KEY_OPERATION_IN_USE("keyOperationInUse", 60),
  LAWFUL_INTERCEPTION("lawfulInterception", 61),
  LOCKOUT("lockout", 62),
  MAINTENANCE("maintenance", 63),
  MAKE_CALL("makeCall", 64),
  MAKE_CONNECTION("makeConnection", 65),
  MAKE_PREDICTIVE_CALL("makePredictiveCall", 66),
  MAX_TIMEOUT("maxTimeout", 67),
  MESSAGE_DURATION_EXCEEDED("messageDurationExceeded", 68),
  MESSAGE_SIZE_EXCEEDED("messageSizeExceeded", 69),
  MULTIPLE_ALERTING("multipleAlerting", 70),
  MULTIPLE_QUEUING("multipleQueuing", 71),
  NETWORK_CONGESTION("networkCongestion", 72),
  NETWORK_DIALLING("networkDialling", 73),
  NETWORK_NOT_OBTAINABLE("networkNotObtainable", 74),
  NETWORK_OUT_OF_ORDER("networkOutOfOrder", 75),
  NETWORK_SIGNAL("networkSignal", 76),
  NEW_CALL("newCall", 77),
  NEXT_MESSAGE("nextMessage", 78),
  NO_AVAILABLE_AGENTS("noAvailableAgents", 79),
  NORMAL("normal", 80),
  NORMAL_CLEARING("normalClearing", 81),
  NO_AUDIO_SAVED("noAudioSaved", 82),
  NO_QUEUE("noQueue", 83),
  NO_RULE("noRule", 84),
  NO_SPEECH_DETECTED("noSpeechDetected", 85),
  NOT_AVAILABLE_BEARER_SERVICE("notAvailableBearerService", 86),
  NOT_SUPPORTED_BEARER_SERVICE("notSupportedBearerService", 87),
  NUMBER_CHANGED("numberChanged", 88),
  NUMBER_UNALLOCATED("numberUnallocated", 89),
  OUT_OF_GRAMMAR("outOfGrammar", 90),
  OVERFLOW("overflow", 91),
  OVERRIDE("override", 92),
  PARK("park", 93),
  PATH_REPLACEMENT("pathReplacement", 94),
  QUEUE_CLEARED("queueCleared", 95),
  QUEUE_TIME_OVERFLOW("queueTimeOverflow", 96),
  RECALL("recall", 97),
  RECALL_BUSY("recallBusy", 98),
  RECALL_FORWARDED("recallForwarded", 99),
  RECALL_NO_ANSWER("recallNoAnswer", 100),
  RECALL_RESOURCES_NOT_AVAILABLE("recallResourcesNotAvailable", 101),
  REDIRECTED("redirected", 102),
  REMAINS_IN_QUEUE("remainsInQueue", 103),
  REORDER_TONE("reorderTone", 104),
  RESERVED("reserved", 105),
  RESOURCES_NOT_AVAILABLE("resourcesNotAvailable", 106),
  SELECTED_TRUNK_BUSY("selectedTrunkBusy", 107),
  SILENT_PARTICIPATION("silentParticipation", 108),
  SINGLE_STEP_CONFERENCE("singleStepConference", 109),
  SINGLE_STEP_TRANSFER("singleStepTransfer", 110),
  SPEECH_DETECTED("speechDetected", 111),
  SUSPEND("suspend", 112),
  SWITCHING_FUNCTION_TERMINATED("switchingFunctionTerminated", 113),
  TERMINATION_CHARACTER_RECEIVED("terminationCharacterReceived", 114),
  TIMEOUT("timeout", 115),
  TRANSFER("transfer", 116),
  TRUNKS_BUSY("trunksBusy", 117),
  UNAUTHORISED_BEARER_SERVICE("unauthorisedBearerService", 118),
  UNKNOWN_OVERFLOW("unknownOverflow", 119);

  private static final Map<String, EventCause> BY_NAME = new HashMap<>();

  static {
    for (EventCause v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  EventCause(String wireName, int code) {
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<EventCause> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
