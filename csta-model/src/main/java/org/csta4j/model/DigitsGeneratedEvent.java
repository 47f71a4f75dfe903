package org.csta4j.model;

import org.immutables.value.Value;

/** DTMF or pulse digits have been sent on a connection (ECMA-269 Digits Generated). */
@Value.Immutable
public interface DigitsGeneratedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  ConnectionId connection();

  /** The digits that were sent, in order. */
  String digitGeneratedList();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DigitsGeneratedEvent}. */
  class Builder extends ImmutableDigitsGeneratedEvent.Builder {}
}
