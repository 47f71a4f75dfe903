package org.csta4j.session;

/**
 * Receives every event as JSON: the event name (as the gateway names its SignalR target, e.g.
 * {@code "Delivered"}) and the event rendered by the session's codec, fields it did not model
 * included. For tools and for events the model lacks.
 */
@FunctionalInterface
public interface RawEventListener {
  /** One event, in arrival order with all other events of the session. */
  void onEvent(String name, String json);
}
