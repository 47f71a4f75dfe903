package org.csta4j.model;

/** A value of one of the ECMA-323 universal failure categories; it knows its category. */
public interface CstaErrorValue extends CstaEnum {
  /** The category this value belongs to. */
  ErrorCategory category();
}
