package org.csta4j.model;

import org.immutables.value.Value;

/**
 * Application data carried with a call (ECMA-323 {@code userData}). JSON gateways send it as a
 * string, held in {@link #value()}. The schema's other alternative, vendor elements, arrives as an
 * object: its entries are kept in {@link #unknownFields()} and {@link #value()} is then empty.
 */
@Value.Immutable
public interface UserData extends Extensible {
  @Value.Parameter
  String value();

  static UserData of(String value) {
    return ImmutableUserData.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserData}. */
  class Builder extends ImmutableUserData.Builder {}
}
