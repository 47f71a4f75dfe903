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
  /** A subscription limit error the switch does not describe further. */
  GENERIC("generic", 0),
  /** The object already has as many monitors as the subscription allows. */
  OBJECT_MONITOR_LIMIT_EXCEEDED("objectMonitorLimitExceeded", 1),
  /** The subscription's limit on trunks is reached. */
  TRUNK_LIMIT_EXCEEDED("trunkLimitExceeded", 2),
  /**
   * The application has as many requests outstanding as the subscription allows; wait for answers
   * before sending more.
   */
  OUTSTANDING_REQ_LIMIT_EXCEEDED("outstandingReqLimitExceeded", 3),
  /** The object already has as many registrations as the subscription allows. */
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

  /**
   * The constant a gateway sent by name, ignoring case.
   *
   * @param name the value as the schema spells it, in any casing
   * @return the constant, or empty if {@code name} is not one of this enumeration's values
   */
  public static Optional<SubscribedResourceAvailabilityError> fromWireName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
