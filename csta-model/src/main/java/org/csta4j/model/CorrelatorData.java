package org.csta4j.model;

import org.immutables.value.Value;

/**
 * Application data carried with a call (ECMA-323 {@code correlatorData}). JSON gateways send it as
 * a string, held in {@link #value()}. The schema's other alternative, vendor elements, arrives as
 * an object: its entries are kept in {@link #unknownFields()} and {@link #value()} is then empty.
 */
@Value.Immutable
public interface CorrelatorData extends Extensible {
  /**
   * {@return the correlator data as text; empty when the gateway sent vendor elements instead,
   * which are in {@link #unknownFields()}}
   */
  @Value.Parameter
  String value();

  /**
   * Correlator data as text.
   *
   * @param value the data
   * @return the correlator data
   */
  static CorrelatorData of(String value) {
    return ImmutableCorrelatorData.of(value);
  }

  /**
   * {@return a new, empty builder of {@link CorrelatorData}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CorrelatorData}. */
  class Builder extends ImmutableCorrelatorData.Builder {}
}
