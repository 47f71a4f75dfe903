package org.csta4j.model;

/**
 * An enumeration of the CSTA schema. Constants are declared in the order of the ECMA-323 edition 6
 * schema and each carries its position there as {@link #code()}: the number an xsd-generated .NET
 * type serializes to. The model's enumerations implement it; the JSON codec reads and writes any
 * enum that does, by wire name or by code.
 */
public interface CstaEnum {
  /** {@return the value as the schema spells it, e.g. {@code "newCall"} or {@code "aCDBusy"}} */
  String wireName();

  /**
   * {@return the position in the schema's enumeration; what a gateway sends when it writes enums as
   * numbers}
   */
  int code();
}
