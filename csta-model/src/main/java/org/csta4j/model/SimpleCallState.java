package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A call's state as one value, in snapshots.
 *
 * <p>Generated from ECMA-323 edition 6 (SimpleCallState) by {@code tools/gen-enums.py}; constants
 * are in schema order, so {@link #code()} is the schema position.
 */
public enum SimpleCallState implements CstaEnum {
  /** No call at the device. */
  CALL_NULL("callNull", 0),
  /** The device is about to start a call (initiated), nobody else is in it yet. */
  CALL_PENDING("callPending", 1),
  /** The device has placed the call; the other side is not yet alerted. */
  CALL_ORIGINATED("callOriginated", 2),
  /** The device's outgoing call is ringing at the other side. */
  CALL_DELIVERED("callDelivered", 3),
  /** The call is ringing at the other side while the device holds it. */
  CALL_DELIVERED_HELD("callDeliveredHeld", 4),
  /** An incoming call is ringing at the device. */
  CALL_RECEIVED("callReceived", 5),
  /** Both sides are connected. */
  CALL_ESTABLISHED("callEstablished", 6),
  /** Connected, and the other side has put the call on hold. */
  CALL_ESTABLISHED_HELD("callEstablishedHeld", 7),
  /** The call rings at the device while the other side holds it. */
  CALL_RECEIVED_ON_HOLD("callReceivedOnHold", 8),
  /** Connected, and the device has put the call on hold. */
  CALL_ESTABLISHED_ON_HOLD("callEstablishedOnHold", 9),
  /** The device's call waits in a queue at the other side. */
  CALL_QUEUED("callQueued", 10),
  /** The call waits in a queue while the device holds it. */
  CALL_QUEUED_HELD("callQueuedHeld", 11),
  /** The call failed at the other side, e.g. busy. */
  CALL_FAILED("callFailed", 12),
  /** The call failed at the other side while the device holds it. */
  CALL_FAILED_HELD("callFailedHeld", 13),
  /** The switch blocked the call, e.g. because the device may not make it. */
  CALL_BLOCKED("callBlocked", 14);

  private static final Map<String, SimpleCallState> BY_NAME = new HashMap<>();

  static {
    for (SimpleCallState v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  SimpleCallState(String wireName, int code) {
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
  public static Optional<SimpleCallState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
