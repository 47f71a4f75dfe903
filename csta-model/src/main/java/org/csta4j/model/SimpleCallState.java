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
  CALL_NULL("callNull"),
  CALL_PENDING("callPending"),
  CALL_ORIGINATED("callOriginated"),
  CALL_DELIVERED("callDelivered"),
  CALL_DELIVERED_HELD("callDeliveredHeld"),
  CALL_RECEIVED("callReceived"),
  CALL_ESTABLISHED("callEstablished"),
  CALL_ESTABLISHED_HELD("callEstablishedHeld"),
  CALL_RECEIVED_ON_HOLD("callReceivedOnHold"),
  CALL_ESTABLISHED_ON_HOLD("callEstablishedOnHold"),
  CALL_QUEUED("callQueued"),
  CALL_QUEUED_HELD("callQueuedHeld"),
  CALL_FAILED("callFailed"),
  CALL_FAILED_HELD("callFailedHeld"),
  CALL_BLOCKED("callBlocked");

  private static final Map<String, SimpleCallState> BY_NAME = new HashMap<>();

  static {
    for (SimpleCallState v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;

  SimpleCallState(String wireName) {
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
  public static Optional<SimpleCallState> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
