package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The content of a universal failure: one category and its value. For a typed category the value is
 * one of the category's schema values; {@link ErrorCategory#UNSPECIFIED} has the empty value;
 * {@link ErrorCategory#PRIVATE_ERROR_CODE} carries the vendor's text.
 */
@Value.Immutable
public interface CstaErrorCode {
  ErrorCategory category();

  /** The value as the schema spells it, e.g. {@code invalidDeviceID}. */
  String value();

  /** The typed value, empty for the untyped categories. */
  default Optional<CstaErrorValue> typedValue() {
    return category().value(value());
  }

  /**
   * An error code with a typed value, e.g. {@code
   * CstaErrorCode.of(OperationError.INVALID_DEVICE_ID)}.
   */
  static CstaErrorCode of(CstaErrorValue value) {
    return builder().category(value.category()).value(value.wireName()).build();
  }

  /** An unspecified error. */
  static CstaErrorCode unspecified() {
    return builder().category(ErrorCategory.UNSPECIFIED).value("").build();
  }

  /** A vendor's private error text. */
  static CstaErrorCode privateErrorCode(String text) {
    return builder().category(ErrorCategory.PRIVATE_ERROR_CODE).value(text).build();
  }

  @Value.Check
  default void check() {
    if (!category().allowedValues().isEmpty() && typedValue().isEmpty()) {
      throw new IllegalArgumentException(
          "value: '" + value() + "' is not a " + category().canonicalName() + " error");
    }
    if (category() == ErrorCategory.UNSPECIFIED && !value().isEmpty()) {
      throw new IllegalArgumentException("value: unspecified errors carry no value");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CstaErrorCode}. */
  class Builder extends ImmutableCstaErrorCode.Builder {}
}
