package org.csta4j.session;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;

/**
 * A monitor on one device, stable for the life of the session: after a reconnect the session starts
 * the monitor again and maps the gateway's new {@code monitorCrossRefID} to this same handle, so
 * listeners registered here keep working.
 */
public interface Monitor {
  /** {@return the monitored device, as given to {@link CstaSession#monitor(String)}} */
  String device();

  /**
   * {@return the gateway's current cross reference id for this monitor; changes on reconnect, and
   * is empty while the handle is {@link MonitorState#SUSPENDED} or {@link MonitorState#LOST}}
   */
  String crossRefId();

  /** {@return the handle's state now; safe from any thread} */
  MonitorState state();

  /**
   * Calls {@code listener} for each event of this type (or a subtype) on this monitor, on the
   * session's dispatcher and in arrival order; across reconnects too.
   *
   * @param <E> the event type
   * @param type the event class; {@code MonitorEvent.class} for all
   * @param listener called with each matching event
   * @return the registration that removes the listener
   */
  <E extends MonitorEvent> Registration on(Class<E> type, Consumer<? super E> listener);

  /**
   * {@return the events of this monitor as a reactive stream: each subscriber gets its own bounded
   * buffer; one that falls behind further than that gets {@link EventOverflowException} and is
   * unsubscribed (nothing is dropped silently); completes when the monitor stops}
   */
  Flow.Publisher<MonitorEvent> events();

  /**
   * {@return the calls at this device as tracked from events and corrected by snapshots after a
   * gap: call id to the state of this device's connection in it; a copy, empty when call tracking
   * is off}
   */
  Map<String, LocalConnectionState> calls();

  /**
   * Stops the monitor at the gateway (MonitorStop) and ends its listeners and streams. The handle
   * becomes {@link MonitorState#STOPPED} whatever the gateway answers.
   *
   * @return completes when the gateway acknowledged the stop (at once if the handle was not
   *     active), or fails with the gateway's refusal
   */
  CompletableFuture<Void> stop();
}
