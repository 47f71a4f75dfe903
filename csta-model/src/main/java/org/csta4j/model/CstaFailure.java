package org.csta4j.model;

/**
 * A negative outcome of a request: the CSTA universal failure ({@link UniversalFailure}) or an
 * ECMA-354 session negative response. Every failure names a category and a value.
 */
public interface CstaFailure extends CstaMessage {
  /**
   * {@return the error category: an ECMA-323 {@link ErrorCategory#canonicalName()} or {@code
   * "session"} for ECMA-354 negative responses}
   */
  String errorCategory();

  /** {@return the error value as the schema spells it, e.g. {@code "invalidDeviceID"}} */
  String errorValue();
}
