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
  /** {@return the error's category} */
  ErrorCategory category();

  /** {@return the value as the schema spells it, e.g. {@code invalidDeviceID}} */
  String value();

  /** {@return the typed value, empty for the untyped categories} */
  default Optional<CstaErrorValue> typedValue() {
    return category().value(value());
  }

  /**
   * An error code with a typed value, e.g. {@code
   * CstaErrorCode.of(OperationError.INVALID_DEVICE_ID)}.
   *
   * @param value the error value; its category is taken from it
   * @return the error code
   */
  static CstaErrorCode of(CstaErrorValue value) {
    return builder().category(value.category()).value(value.wireName()).build();
  }

  /**
   * {@return the error code of category {@link ErrorCategory#UNSPECIFIED}, which carries no value}
   */
  static CstaErrorCode unspecified() {
    return builder().category(ErrorCategory.UNSPECIFIED).value("").build();
  }

  /**
   * A vendor's private error text.
   *
   * @param text the vendor's text, as it arrived
   * @return the error code of category {@link ErrorCategory#PRIVATE_ERROR_CODE}
   */
  static CstaErrorCode privateErrorCode(String text) {
    return builder().category(ErrorCategory.PRIVATE_ERROR_CODE).value(text).build();
  }

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if a typed
   *     category's value is not one of its values, or an unspecified error carries a value
   */
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

  /**
   * {@return a new, empty builder of {@link CstaErrorCode}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CstaErrorCode}. */
  class Builder extends ImmutableCstaErrorCode.Builder {}
}
