package org.csta4j.model;

import org.immutables.value.Value;

/** DTMF or pulse digits have been sent on a connection (ECMA-269 Digits Generated). */
@Value.Immutable
public interface DigitsGeneratedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the connection the digits were sent on} */
  ConnectionId connection();

  /** {@return the digits that were sent, in order} */
  String digitGeneratedList();

  /**
   * {@return a new, empty builder of {@link DigitsGeneratedEvent}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DigitsGeneratedEvent}. */
  class Builder extends ImmutableDigitsGeneratedEvent.Builder {}
}
