package org.csta4j.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The categories of an ECMA-323 universal failure ({@code CSTAErrorCode}). The canonical name is
 * the ASN.1 spelling; the wire name is the XML schema's, which misspells one category ({@code
 * systemResourceAvailibility}). Both are accepted on input.
 */
public enum ErrorCategory {
  /**
   * The request itself is wrong: an invalid or unsupported parameter, object or privilege; values
   * in {@link OperationError}.
   */
  OPERATION("operation", "operation", OperationError.class),
  /** The request broke a security rule; values in {@link SecurityError}. */
  SECURITY("security", "security", SecurityError.class),
  /**
   * The request does not fit the current state of a call or device, e.g. no call to answer; values
   * in {@link StateIncompatibilityError}.
   */
  STATE_INCOMPATIBILITY(
      "stateIncompatibility", "stateIncompatibility", StateIncompatibilityError.class),
  /**
   * The switch lacks a resource or one is out of service; values in {@link
   * SystemResourceAvailabilityError}. The schema spells the element {@code
   * systemResourceAvailibility}.
   */
  SYSTEM_RESOURCE_AVAILABILITY(
      "systemResourceAvailability",
      "systemResourceAvailibility",
      SystemResourceAvailabilityError.class),
  /**
   * A limit of the application's subscription is reached, e.g. monitors per object; values in
   * {@link SubscribedResourceAvailabilityError}.
   */
  SUBSCRIBED_RESOURCE_AVAILABILITY(
      "subscribedResourceAvailability",
      "subscribedResourceAvailability",
      SubscribedResourceAvailabilityError.class),
  /** The switch is at its performance limit; values in {@link PerformanceManagementError}. */
  PERFORMANCE_MANAGEMENT(
      "performanceManagement", "performanceManagement", PerformanceManagementError.class),
  /** The request's private data was refused; values in {@link PrivateDataInfoError}. */
  PRIVATE_DATA("privateData", "privateData", PrivateDataInfoError.class),
  /** No value: the gateway did not say what went wrong. */
  UNSPECIFIED("unspecified", "unspecified", null),
  /** A vendor's own error text. */
  PRIVATE_ERROR_CODE("privateErrorCode", "privateErrorCode", null);

  private final String canonicalName;
  private final String wireName;
  private final @Nullable Class<? extends Enum<?>> valueType;

  ErrorCategory(
      String canonicalName, String wireName, @Nullable Class<? extends Enum<?>> valueType) {
    this.canonicalName = canonicalName;
    this.wireName = wireName;
    this.valueType = valueType;
  }

  /** {@return the category's ASN.1 name, e.g. {@code systemResourceAvailability}} */
  public String canonicalName() {
    return canonicalName;
  }

  /** {@return the category's XML/JSON element name, e.g. {@code systemResourceAvailibility}} */
  public String wireName() {
    return wireName;
  }

  /**
   * {@return the typed values of this category in schema order; empty for {@link #UNSPECIFIED} and
   * {@link #PRIVATE_ERROR_CODE}, whose value is free}
   */
  public List<CstaErrorValue> allowedValues() {
    if (valueType == null) {
      return List.of();
    }
    return Arrays.stream(valueType.getEnumConstants()).map(CstaErrorValue.class::cast).toList();
  }

  /**
   * The typed value with this wire name in this category, ignoring case.
   *
   * @param wireValue the value as the schema spells it, e.g. {@code "invalidDeviceID"}
   * @return the value, or empty if it is not one of this category's (always empty for the untyped
   *     categories)
   */
  public Optional<CstaErrorValue> value(String wireValue) {
    return allowedValues().stream()
        .filter(v -> v.wireName().equalsIgnoreCase(wireValue))
        .findFirst();
  }

  /**
   * The category named by either its canonical or its wire name, ignoring case.
   *
   * @param name e.g. {@code "systemResourceAvailability"} or {@code "systemResourceAvailibility"}
   * @return the category, or empty if the name is none of them
   */
  public static Optional<ErrorCategory> fromName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(
            c ->
                c.canonicalName.toLowerCase(Locale.ROOT).equals(n)
                    || c.wireName.toLowerCase(Locale.ROOT).equals(n))
        .findFirst();
  }
}
