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
  OPERATION("operation", "operation", OperationError.class),
  SECURITY("security", "security", SecurityError.class),
  STATE_INCOMPATIBILITY(
      "stateIncompatibility", "stateIncompatibility", StateIncompatibilityError.class),
  SYSTEM_RESOURCE_AVAILABILITY(
      "systemResourceAvailability",
      "systemResourceAvailibility",
      SystemResourceAvailabilityError.class),
  SUBSCRIBED_RESOURCE_AVAILABILITY(
      "subscribedResourceAvailability",
      "subscribedResourceAvailability",
      SubscribedResourceAvailabilityError.class),
  PERFORMANCE_MANAGEMENT(
      "performanceManagement", "performanceManagement", PerformanceManagementError.class),
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

  /** The category's ASN.1 name, e.g. {@code systemResourceAvailability}. */
  public String canonicalName() {
    return canonicalName;
  }

  /** The category's XML/JSON element name, e.g. {@code systemResourceAvailibility}. */
  public String wireName() {
    return wireName;
  }

  /**
   * The typed values of this category in schema order; empty for {@link #UNSPECIFIED} and {@link
   * #PRIVATE_ERROR_CODE}, whose value is free.
   */
  public List<CstaErrorValue> allowedValues() {
    if (valueType == null) {
      return List.of();
    }
    return Arrays.stream(valueType.getEnumConstants()).map(CstaErrorValue.class::cast).toList();
  }

  /** The typed value with this wire name (ignoring case) in this category. */
  public Optional<CstaErrorValue> value(String wireValue) {
    return allowedValues().stream()
        .filter(v -> v.wireName().equalsIgnoreCase(wireValue))
        .findFirst();
  }

  /** The category named by either its canonical or its wire name, ignoring case. */
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
