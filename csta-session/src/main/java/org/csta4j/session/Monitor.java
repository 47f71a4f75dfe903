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
  /** The monitored device, as given to {@link CstaSession#monitor(String)}. */
  String device();

  /** The gateway's current cross reference id for this monitor (changes on reconnect). */
  String crossRefId();

  MonitorState state();

  /**
   * Calls {@code listener} for each event of this type (or a subtype) on this monitor, on the
   * session's dispatcher and in arrival order. Use {@code MonitorEvent.class} for all of them.
   */
  <E extends MonitorEvent> Registration on(Class<E> type, Consumer<? super E> listener);

  /**
   * The events of this monitor as a reactive stream. Each subscriber gets its own bounded buffer;
   * one that falls behind further than that gets {@link EventOverflowException} and is unsubscribed
   * (nothing is dropped silently). Completes when the monitor stops.
   */
  Flow.Publisher<MonitorEvent> events();

  /**
   * The calls at this device as tracked from events and corrected by snapshots after a gap: call id
   * to the state of this device's connection in it. A copy; empty when call tracking is off.
   */
  Map<String, LocalConnectionState> calls();

  /** Stops the monitor at the gateway (MonitorStop) and ends its listeners and streams. */
  CompletableFuture<Void> stop();
}
