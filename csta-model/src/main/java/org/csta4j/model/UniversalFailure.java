package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The ECMA-323 negative response to any CSTA service (root element {@code CSTAErrorCode}). The
 * session turns it into a typed exception.
 */
@Value.Immutable
public interface UniversalFailure extends CstaFailure {
  /** The error, on the wire as {@code CSTAErrorCode} (any casing is read). */
  CstaErrorCode cstaErrorCode();

  @Override
  default String errorCategory() {
    return cstaErrorCode().category().canonicalName();
  }

  @Override
  default String errorValue() {
    return cstaErrorCode().value();
  }

  static UniversalFailure of(CstaErrorValue value) {
    return builder().cstaErrorCode(CstaErrorCode.of(value)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UniversalFailure}. */
  class Builder extends ImmutableUniversalFailure.Builder {}
}
