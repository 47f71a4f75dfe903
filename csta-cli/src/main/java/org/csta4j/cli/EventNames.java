package org.csta4j.cli;

import org.csta4j.json.CstaMessageRegistry;
import org.csta4j.model.CstaEvent;

/** The name an event is pushed under; the words for it are {@code model.internal.EventText}. */
final class EventNames {
  private static final CstaMessageRegistry REGISTRY = CstaMessageRegistry.standard();

  private EventNames() {}

  /** The event's name as the gateway pushes it, e.g. {@code Delivered}. */
  static String name(CstaEvent event) {
    try {
      return REGISTRY.eventName(event);
    } catch (IllegalArgumentException e) {
      return event.getClass().getSimpleName();
    }
  }
}
