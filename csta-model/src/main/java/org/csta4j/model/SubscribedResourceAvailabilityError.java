package org.csta4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of the {@code subscribedResourceAvailability} error category.
 *
 * <p>Generated from ECMA-323 edition 6 (SubscribedResourceAvailabilityErrors) by {@code
 * tools/gen-enums.py}; constants are in schema order, so {@link #code()} is the schema position.
 */
public enum SubscribedResourceAvailabilityError implements CstaErrorValue {
  GENERIC("generic", 0),
  OBJECT_MONITOR_LIMIT_EXCEEDED("objectMonitorLimitExceeded", 1),
  TRUNK_LIMIT_EXCEEDED("trunkLimitExceeded", 2),
  OUTSTANDING_REQ_LIMIT_EXCEEDED("outstandingReqLimitExceeded", 3),
  OBJECT_REGISTRATION_LIMIT_EXCEEDED("objectRegistrationLimitExceeded", 4);

  private static final Map<String, SubscribedResourceAvailabilityError> BY_NAME = new HashMap<>();

  static {
    for (SubscribedResourceAvailabilityError v : values()) {
      BY_NAME.put(v.wireName.toLowerCase(Locale.ROOT), v);
    }
  }

  private final String wireName;
  private final int code;

  SubscribedResourceAvailabilityError(String wireName, int code) {
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
    return ErrorCategory.SUBSCRIBED_RESOURCE_AVAILABILITY;
  }

  /** The constant with this wire name, ignoring case; empty if there is none. */
  public static Optional<SubscribedResourceAvailabilityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
