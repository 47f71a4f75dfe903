package org.csta4j.model;

/**
 * An enumeration of the CSTA schema. Constants are declared in the order of the ECMA-323 edition 6
 * schema, so {@link Enum#ordinal()} is the number an xsd-generated .NET type serializes to.
 */
public interface CstaEnum {
  /** The value as the schema spells it, e.g. {@code "newCall"} or {@code "aCDBusy"}. */
  String wireName();

  /**
   * The position in the schema's enumeration; what a gateway sends when it writes enums as numbers.
   */
  int code();
}
