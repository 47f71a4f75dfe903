package org.csta4j.model;

import org.immutables.value.Value;

/**
 * An event whose name the model does not know, delivered rather than dropped: its name as the
 * gateway sent it and its payload verbatim.
 */
@Value.Immutable
public interface UnknownEvent extends CstaEvent {
  /** The event name as it arrived, e.g. {@code "ParkedEvent"}. */
  String name();

  /** The whole event payload as JSON. */
  RawJson payload();

  static UnknownEvent of(String name, RawJson payload) {
    return builder().name(name).payload(payload).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UnknownEvent}. */
  class Builder extends ImmutableUnknownEvent.Builder {}
}
