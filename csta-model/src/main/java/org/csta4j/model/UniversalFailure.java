package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The ECMA-323 negative response to any CSTA service (root element {@code CSTAErrorCode}). The
 * session turns it into a typed exception.
 */
@Value.Immutable
public interface UniversalFailure extends CstaFailure {
  /** {@return the error, on the wire as {@code CSTAErrorCode} (any casing is read)} */
  CstaErrorCode cstaErrorCode();

  @Override
  default String errorCategory() {
    return cstaErrorCode().category().canonicalName();
  }

  @Override
  default String errorValue() {
    return cstaErrorCode().value();
  }

  /**
   * The failure with this error value.
   *
   * @param value the error value; its category is taken from it
   * @return the failure
   */
  static UniversalFailure of(CstaErrorValue value) {
    return builder().cstaErrorCode(CstaErrorCode.of(value)).build();
  }

  /**
   * {@return a new, empty builder of {@link UniversalFailure}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UniversalFailure}. */
  class Builder extends ImmutableUniversalFailure.Builder {}
}
