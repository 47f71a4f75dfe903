package org.csta4j.model;

import org.immutables.value.Value;

/**
 * Application data carried with a call (ECMA-323 {@code userData}). JSON gateways send it as a
 * string, held in {@link #value()}. The schema's other alternative, vendor elements, arrives as an
 * object: its entries are kept in {@link #unknownFields()} and {@link #value()} is then empty.
 */
@Value.Immutable
public interface UserData extends Extensible {
  /**
   * {@return the user data as text; empty when the gateway sent vendor elements instead, which are
   * in {@link #unknownFields()}}
   */
  @Value.Parameter
  String value();

  /**
   * User data as text.
   *
   * @param value the data
   * @return the user data
   */
  static UserData of(String value) {
    return ImmutableUserData.of(value);
  }

  /**
   * {@return a new, empty builder of {@link UserData}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserData}. */
  class Builder extends ImmutableUserData.Builder {}
}
