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
  CALL_NULL("callNull", 0),
  CALL_PENDING("callPending", 1),
  CALL_ORIGINATED("callOriginated", 2),
  CALL_DELIVERED("callDelivered", 3),
  CALL_DELIVERED_HELD("callDeliveredHeld", 4),
  CALL_RECEIVED("callReceived", 5),
  CALL_ESTABLISHED("callEstablished", 6),
  CALL_ESTABLISHED_HELD("callEstablishedHeld", 7),
  CALL_RECEIVED_ON_HOLD("callReceivedOnHold", 8),
  CALL_ESTABLISHED_ON_HOLD("callEstablishedOnHold", 9),
  CALL_QUEUED("callQueued", 10),
  CALL_QUEUED_HELD("callQueuedHeld", 11),
  CALL_FAILED("callFailed", 12),
  CALL_FAILED_HELD("callFailedHeld", 13),
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

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<SimpleCallState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
