package org.csta4j.model;

import org.immutables.value.Value;

/**
 * An event whose name the model does not know, delivered rather than dropped: its name as the
 * gateway sent it and its payload verbatim.
 */
@Value.Immutable
public interface UnknownEvent extends CstaEvent {
  /** {@return the event name as it arrived, e.g. {@code "ParkedEvent"}} */
  String name();

  /**
   * {@return the whole event payload as the gateway sent it, JSON text not interpreted by the
   * model}
   */
  RawJson payload();

  /**
   * An event the model does not know.
   *
   * @param name the event name as it arrived
   * @param payload the whole event payload
   * @return the event
   */
  static UnknownEvent of(String name, RawJson payload) {
    return builder().name(name).payload(payload).build();
  }

  /**
   * {@return a new, empty builder of {@link UnknownEvent}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UnknownEvent}. */
  class Builder extends ImmutableUnknownEvent.Builder {}
}
