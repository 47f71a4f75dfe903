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
  /** The ACD group's agents are all busy. */
  ACD_BUSY("aCDBusy", 0),
  /** The ACD forwarded the call, e.g. to an overflow group. */
  ACD_FORWARD("aCDForward", 1),
  /** The ACD cannot take more calls. */
  ACD_SATURATED("aCDSaturated", 2),
  /** A voice-unit (speech recognition) activation condition was met. */
  ACTIVATION("activation", 3),
  /** The device joined the call as a normal, active party (e.g. in a single-step conference). */
  ACTIVE_PARTICIPATION("activeParticipation", 4),
  /** The call rang for its maximum alerting time without an answer. */
  ALERT_TIME_EXPIRED("alertTimeExpired", 5),
  /** The device swapped between its held and active calls (AlternateCall). */
  ALTERNATE("alternate", 6),
  /** The agent entered after-call work automatically. */
  AUTO_WORK("autoWork", 7),
  /** Speech recognition heard too much speech. */
  BABBLE("babble", 8),
  /** A voice-unit attribute was not valid. */
  BAD_ATTRIBUTE("badAttribute", 9),
  /** A speech recognition grammar was not valid. */
  BAD_GRAMMAR("badGrammar", 10),
  /** A voice-unit resource address (URI) was not valid; the ASN.1 spells it {@code badUri}. */
  BAD_URI("badURI", 11),
  /** A voice resource was not valid. */
  BAD_VOICE("badVoice", 12),
  /** The switch blocked the call, e.g. a barred number. */
  BLOCKED("blocked", 13),
  /** The called device is busy. */
  BUSY("busy", 14),
  /** The call overflowed because the destination was busy. */
  BUSY_OVERFLOW("busyOverflow", 15),
  /** The call overflowed because of a time-of-day rule. */
  CALENDAR_OVERFLOW("calendarOverflow", 16),
  /** The call results from a call-back request. */
  CALL_BACK("callBack", 17),
  /** The caller hung up before the call was answered. */
  CALL_CANCELLED("callCancelled", 18),
  /** The call was forwarded. */
  CALL_FORWARD("callForward", 19),
  /** The call was forwarded at once, by immediate forwarding. */
  CALL_FORWARD_IMMEDIATE("callForwardImmediate", 20),
  /** The call was forwarded because the device was busy. */
  CALL_FORWARD_BUSY("callForwardBusy", 21),
  /** The call was forwarded because the device did not answer. */
  CALL_FORWARD_NO_ANSWER("callForwardNoAnswer", 22),
  /** The call was intercepted, e.g. to an operator (ed6). */
  CALL_INTERCEPTION("callInterception", 23),
  /** The call was intercepted because the device was busy (ed6). */
  CALL_INTERCEPTION_BUSY("callInterceptionBusy", 24),
  /** The call was intercepted after being forwarded (ed6). */
  CALL_INTERCEPTION_FORWARDED("callInterceptionForwarded", 25),
  /** The call was intercepted because the device did not answer (ed6). */
  CALL_INTERCEPTION_NO_ANSWER("callInterceptionNoAnswer", 26),
  /** The call was intercepted for lack of resources (ed6). */
  CALL_INTERCEPTION_RESOURCES_NOT_AVAILABLE("callInterceptionResourcesNotAvailable", 27),
  /** The call was not answered in time. */
  CALL_NOT_ANSWERED("callNotAnswered", 28),
  /** Another device picked up the call. */
  CALL_PICKUP("callPickup", 29),
  /** The call was camped on to a busy device and waits for it. */
  CAMP_ON("campOn", 30),
  /** The call was camped on to busy trunks and waits for one. */
  CAMP_ON_TRUNKS("campOnTrunks", 31),
  /** The call overflowed because a capacity limit was reached. */
  CAPACITY_OVERFLOW("capacityOverflow", 32),
  /** Digit collection stopped after the expected number of digits. */
  CHARACTER_COUNT_REACHED("characterCountReached", 33),
  /** The event results from a conference. */
  CONFERENCE("conference", 34),
  /** The event results from a consultation call. */
  CONSULTATION("consultation", 35),
  /** The switch detected the call's destination, e.g. an answering machine or a person. */
  DEST_DETECTED("destDetected", 36),
  /** The destination cannot be reached, e.g. an invalid number. */
  DEST_NOT_OBTAINABLE("destNotObtainable", 37),
  /** The destination is out of order. */
  DEST_OUT_OF_ORDER("destOutOfOrder", 38),
  /** The ACD distributed the call to an agent. */
  DISTRIBUTED("distributed", 39),
  /** The ACD delayed the call's distribution. */
  DISTRIBUTION_DELAY("distributionDelay", 40),
  /** The device has do-not-disturb on. */
  DO_NOT_DISTURB("doNotDisturb", 41),
  /** A DTMF digit was detected. */
  DTMF_DIGIT_DETECTED("dTMFDigitDetected", 42),
  /** The same DTMF digit was detected again. */
  DUPLICATE_DTMF("duplicateDTMF", 43),
  /** A maximum duration was exceeded. */
  DURATION_EXCEEDED("durationExceeded", 44),
  /** A voice-unit operation stopped early. */
  EARLY_STOP("earlyStop", 45),
  /** The queue became empty. */
  EMPTY_QUEUE("emptyQueue", 46),
  /** The end of a voice message was reached. */
  END_OF_MESSAGE_DETECTED("endOfMessageDetected", 47),
  /** The call entered ACD distribution. */
  ENTERING_DISTRIBUTION("enteringDistribution", 48),
  /** A voice-unit operation was paused by force. */
  FORCED_PAUSE("forcedPause", 49),
  /** The agent's state was changed by force, e.g. by a supervisor. */
  FORCED_TRANSITION("forcedTransition", 50),
  /** The destination cannot take this kind of call, e.g. a data call to a phone. */
  INCOMPATIBLE_DESTINATION("incompatibleDestination", 51),
  /**
   * Digit collection timed out between two digits; the ASN.1 spells it {@code interDigitTimeout}.
   */
  INTERDIGIT_TIMEOUT("interdigitTimeout", 52),
  /** A device intruded into the call. */
  INTRUDE("intrude", 53),
  /** The account code given for the call was not valid. */
  INVALID_ACCOUNT_CODE("invalidAccountCode", 54),
  /** A connection was not valid. */
  INVALID_CONNECTION("invalidConnection", 55),
  /** A connection was not in a state that allowed the operation. */
  INVALID_CONNECTION_STATE("invalidConnectionState", 56),
  /** The number dialled has an invalid format. */
  INVALID_NUMBER_FORMAT("invalidNumberFormat", 57),
  /** A device joined the call. */
  JOIN_CALL("joinCall", 58),
  /** A device's key (button) operation caused the event. */
  KEY_OPERATION("keyOperation", 59),
  /** A key operation could not be done because the key is in use. */
  KEY_OPERATION_IN_USE("keyOperationInUse", 60),
  /** The call is subject to lawful interception (ed6). */
  LAWFUL_INTERCEPTION("lawfulInterception", 61),
  /** The device was locked out, e.g. after not hanging up. */
  LOCKOUT("lockout", 62),
  /** A maintenance action caused the event. */
  MAINTENANCE("maintenance", 63),
  /** The event results from a MakeCall request. */
  MAKE_CALL("makeCall", 64),
  /** The event results from a make-connection request (ed6). */
  MAKE_CONNECTION("makeConnection", 65),
  /** The event results from a predictive call. */
  MAKE_PREDICTIVE_CALL("makePredictiveCall", 66),
  /** A maximum time ran out. */
  MAX_TIMEOUT("maxTimeout", 67),
  /** A voice message became longer than allowed. */
  MESSAGE_DURATION_EXCEEDED("messageDurationExceeded", 68),
  /** A message became larger than allowed. */
  MESSAGE_SIZE_EXCEEDED("messageSizeExceeded", 69),
  /** The call rings at several devices at once. */
  MULTIPLE_ALERTING("multipleAlerting", 70),
  /** The call waits in several queues at once. */
  MULTIPLE_QUEUING("multipleQueuing", 71),
  /** The network is congested. */
  NETWORK_CONGESTION("networkCongestion", 72),
  /** The network is dialling the call. */
  NETWORK_DIALLING("networkDialling", 73),
  /** The network cannot be reached. */
  NETWORK_NOT_OBTAINABLE("networkNotObtainable", 74),
  /** The network is out of order. */
  NETWORK_OUT_OF_ORDER("networkOutOfOrder", 75),
  /** A network signal caused the event. */
  NETWORK_SIGNAL("networkSignal", 76),
  /** A new call, the usual cause of the first events of a call. */
  NEW_CALL("newCall", 77),
  /** The voice unit moved on to the next message. */
  NEXT_MESSAGE("nextMessage", 78),
  /** No agent is available for the call. */
  NO_AVAILABLE_AGENTS("noAvailableAgents", 79),
  /** The ordinary outcome; nothing special happened. */
  NORMAL("normal", 80),
  /** The call or connection ended normally, e.g. a party hung up. */
  NORMAL_CLEARING("normalClearing", 81),
  /** A recording ended without saving audio. */
  NO_AUDIO_SAVED("noAudioSaved", 82),
  /** There is no queue to put the call in. */
  NO_QUEUE("noQueue", 83),
  /** No routeing or voice rule applied. */
  NO_RULE("noRule", 84),
  /** Speech recognition heard no speech. */
  NO_SPEECH_DETECTED("noSpeechDetected", 85),
  /**
   * The bearer service the call needs is not available; the ASN.1 spells it {@code
   * notAvaliableBearerService}.
   */
  NOT_AVAILABLE_BEARER_SERVICE("notAvailableBearerService", 86),
  /** The bearer service the call needs is not supported. */
  NOT_SUPPORTED_BEARER_SERVICE("notSupportedBearerService", 87),
  /** The called number has changed. */
  NUMBER_CHANGED("numberChanged", 88),
  /** The number dialled is not in use. */
  NUMBER_UNALLOCATED("numberUnallocated", 89),
  /** Speech recognition heard words outside its grammar. */
  OUT_OF_GRAMMAR("outOfGrammar", 90),
  /** The call overflowed to another destination. */
  OVERFLOW("overflow", 91),
  /** A device overrode (broke into) the call. */
  OVERRIDE("override", 92),
  /** The call was parked. */
  PARK("park", 93),
  /** The call's path through the network was replaced, e.g. an optimised route. */
  PATH_REPLACEMENT("pathReplacement", 94),
  /** The queue was cleared. */
  QUEUE_CLEARED("queueCleared", 95),
  /** The call waited in the queue for too long and overflowed. */
  QUEUE_TIME_OVERFLOW("queueTimeOverflow", 96),
  /** The call rings back at the device, e.g. after an unanswered transfer. */
  RECALL("recall", 97),
  /** A recall happened because the destination was busy. */
  RECALL_BUSY("recallBusy", 98),
  /** A recall happened after the call was forwarded. */
  RECALL_FORWARDED("recallForwarded", 99),
  /** A recall happened because the destination did not answer. */
  RECALL_NO_ANSWER("recallNoAnswer", 100),
  /** A recall happened for lack of resources. */
  RECALL_RESOURCES_NOT_AVAILABLE("recallResourcesNotAvailable", 101),
  /** The call was redirected. */
  REDIRECTED("redirected", 102),
  /** The call stays in the queue. */
  REMAINS_IN_QUEUE("remainsInQueue", 103),
  /** The caller hears the reorder (fast busy) tone. */
  REORDER_TONE("reorderTone", 104),
  /** The resource or device is reserved. */
  RESERVED("reserved", 105),
  /** A resource the call needs is not available. */
  RESOURCES_NOT_AVAILABLE("resourcesNotAvailable", 106),
  /** The trunk chosen for the call is busy. */
  SELECTED_TRUNK_BUSY("selectedTrunkBusy", 107),
  /** The device joined the call silently, e.g. a supervisor listening in. */
  SILENT_PARTICIPATION("silentParticipation", 108),
  /** The event results from a single-step conference. */
  SINGLE_STEP_CONFERENCE("singleStepConference", 109),
  /** The event results from a single-step transfer. */
  SINGLE_STEP_TRANSFER("singleStepTransfer", 110),
  /** Speech was detected. */
  SPEECH_DETECTED("speechDetected", 111),
  /** A voice-unit operation or a call was suspended. */
  SUSPEND("suspend", 112),
  /** The switching function ended the call. */
  SWITCHING_FUNCTION_TERMINATED("switchingFunctionTerminated", 113),
  /** Digit collection stopped at its termination character. */
  TERMINATION_CHARACTER_RECEIVED("terminationCharacterReceived", 114),
  /** A timer ran out. */
  TIMEOUT("timeout", 115),
  /** The event results from a transfer. */
  TRANSFER("transfer", 116),
  /** All trunks are busy. */
  TRUNKS_BUSY("trunksBusy", 117),
  /** The device may not use the bearer service the call needs. */
  UNAUTHORISED_BEARER_SERVICE("unauthorisedBearerService", 118),
  /** The call overflowed for a reason the switch does not know. */
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

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<EventCause> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
