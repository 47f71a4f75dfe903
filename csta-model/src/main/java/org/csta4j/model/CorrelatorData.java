package org.csta4j.model;

import org.immutables.value.Value;

/**
 * Application data carried with a call (ECMA-323 {@code correlatorData}). JSON gateways send it as
 * a string, held in {@link #value()}. The schema's other alternative, vendor elements, arrives as
 * an object: its entries are kept in {@link #unknownFields()} and {@link #value()} is then empty.
 */
@Value.Immutable
public interface CorrelatorData extends Extensible {
  @Value.Parameter
  String value();

  static CorrelatorData of(String value) {
    return ImmutableCorrelatorData.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CorrelatorData}. */
  class Builder extends ImmutableCorrelatorData.Builder {}
}
