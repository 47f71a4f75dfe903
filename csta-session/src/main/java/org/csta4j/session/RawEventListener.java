package org.csta4j.session;

/**
 * Receives every event as JSON: the event name (as the gateway names its SignalR target, e.g.
 * {@code "Delivered"}) and the event rendered by the session's codec, fields it did not model
 * included. For tools and for events the model lacks.
 */
@FunctionalInterface
public interface RawEventListener {
  /**
   * One event, in arrival order with all other events of the session, on the session's dispatcher.
   * What this method throws is reported as a {@link SessionFault.Kind#LISTENER_FAILED} fault.
   *
   * @param name the gateway's name of the event, e.g. {@code "Delivered"}
   * @param json the event as a JSON object, fields the model lacks included
   */
  void onEvent(String name, String json);
}
