package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.csta4j.model.CallClearedEvent;
import org.csta4j.model.CallState;
import org.csta4j.model.ConferencedEvent;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.ConnectionListItem;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DivertedEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.FailedEvent;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.NetworkReachedEvent;
import org.csta4j.model.OriginatedEvent;
import org.csta4j.model.QueuedEvent;
import org.csta4j.model.RetrievedEvent;
import org.csta4j.model.ServiceInitiatedEvent;
import org.csta4j.model.SimpleCallState;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.model.TransferedEvent;
import org.csta4j.session.CallChange;
import org.jspecify.annotations.Nullable;

/**
 * The calls at each monitored device, from events, corrected by snapshots: device to call id to the
 * state of the device's connection in that call. Updated on the transport's event thread, in
 * arrival order, so that a snapshot response (which the gateway sends after every event that came
 * before it) replaces exactly the state it describes.
 */
@SessionScope
final class CallTracker {
  private final Map<String, Map<String, LocalConnectionState>> calls = new ConcurrentHashMap<>();

  @Inject
  CallTracker() {}

  /** Starts tracking a device (with no calls known). */
  void track(String device) {
    calls.computeIfAbsent(device, d -> new ConcurrentHashMap<>());
  }

  void forget(String device) {
    calls.remove(device);
  }

  /** The calls at a device: a copy. */
  Map<String, LocalConnectionState> calls(String device) {
    Map<String, LocalConnectionState> c = calls.get(device);
    return c == null ? Map.of() : Map.copyOf(c);
  }

  /** Every tracked device's calls: a deep copy. */
  Map<String, Map<String, LocalConnectionState>> all() {
    Map<String, Map<String, LocalConnectionState>> copy = new LinkedHashMap<>();
    calls.forEach((d, c) -> copy.put(d, Map.copyOf(c)));
    return copy;
  }

  /** Replaces a device's calls with what a snapshot says. */
  void replace(String device, SnapshotDeviceResponse snapshot) {
    Map<String, LocalConnectionState> now = new ConcurrentHashMap<>();
    for (SnapshotDeviceResponseInfo info : snapshot.snapshotData()) {
      Optional<String> callId = info.connectionIdentifier().callId();
      LocalConnectionState state = localState(info.localCallState());
      if (callId.isPresent() && state != null && state != LocalConnectionState.NULL) {
        now.put(callId.get(), state);
      }
    }
    calls.put(device, now);
  }

  /** Applies one event seen by the monitor on {@code device}. */
  void apply(String device, MonitorEvent event) {
    Map<String, LocalConnectionState> c = calls.get(device);
    if (c == null) {
      return;
    }
    if (event instanceof CallClearedEvent e) {
      e.clearedCall().callId().ifPresent(c::remove);
    } else if (event instanceof ConnectionClearedEvent e) {
      Optional<LocalConnectionState> local = e.localConnectionInfo();
      if (local.isPresent() && local.get() != LocalConnectionState.NULL) {
        set(c, e.droppedConnection(), local.get());
      } else if (local.isPresent() || isAt(e.droppedConnection(), device)) {
        e.droppedConnection().callId().ifPresent(c::remove);
      }
    } else if (event instanceof TransferedEvent e) {
      moved(c, e.primaryOldCall(), e.secondaryOldCall());
      e.localConnectionInfo().ifPresent(s -> newCalls(c, device, e.transferredConnections(), s));
    } else if (event instanceof ConferencedEvent e) {
      moved(c, e.primaryOldCall(), e.secondaryOldCall());
      newCalls(
          c,
          device,
          e.conferenceConnections(),
          e.localConnectionInfo().orElse(LocalConnectionState.CONNECTED));
    } else if (event instanceof DivertedEvent e) {
      Optional<LocalConnectionState> local = e.localConnectionInfo();
      if (local.isPresent() && local.get() != LocalConnectionState.NULL) {
        set(c, e.connection(), local.get());
      } else if (local.isPresent() || isAt(e.connection(), device)) {
        e.connection().callId().ifPresent(c::remove);
      }
    } else {
      connectionEvent(c, device, event);
    }
  }

  /** Where an event that is about one connection keeps it, and what it implies for that device. */
  private static final class ConnectionEvent<E extends MonitorEvent> {
    final Class<E> type;
    final Function<E, ConnectionId> connection;
    final Function<E, Optional<LocalConnectionState>> local;
    final @Nullable LocalConnectionState implied;

    ConnectionEvent(
        Class<E> type,
        Function<E, ConnectionId> connection,
        Function<E, Optional<LocalConnectionState>> local,
        @Nullable LocalConnectionState implied) {
      this.type = type;
      this.connection = connection;
      this.local = local;
      this.implied = implied;
    }

    void apply(Map<String, LocalConnectionState> c, String device, MonitorEvent event) {
      E e = type.cast(event);
      ConnectionId conn = connection.apply(e);
      Optional<LocalConnectionState> info = local.apply(e);
      if (info.isPresent()) {
        // the monitored device's own connection in this call, whichever connection is named
        if (info.get() == LocalConnectionState.NULL) {
          conn.callId().ifPresent(c::remove);
        } else {
          set(c, conn, info.get());
        }
      } else if (implied != null && isAt(conn, device)) {
        set(c, conn, implied);
      }
    }
  }

  private static final List<ConnectionEvent<?>> CONNECTION_EVENTS =
      List.of(
          new ConnectionEvent<>(
              DeliveredEvent.class,
              DeliveredEvent::connection,
              DeliveredEvent::localConnectionInfo,
              LocalConnectionState.ALERTING),
          new ConnectionEvent<>(
              EstablishedEvent.class,
              EstablishedEvent::establishedConnection,
              EstablishedEvent::localConnectionInfo,
              LocalConnectionState.CONNECTED),
          new ConnectionEvent<>(
              HeldEvent.class,
              HeldEvent::heldConnection,
              HeldEvent::localConnectionInfo,
              LocalConnectionState.HOLD),
          new ConnectionEvent<>(
              RetrievedEvent.class,
              RetrievedEvent::retrievedConnection,
              RetrievedEvent::localConnectionInfo,
              LocalConnectionState.CONNECTED),
          new ConnectionEvent<>(
              OriginatedEvent.class,
              OriginatedEvent::originatedConnection,
              OriginatedEvent::localConnectionInfo,
              LocalConnectionState.CONNECTED),
          new ConnectionEvent<>(
              ServiceInitiatedEvent.class,
              ServiceInitiatedEvent::initiatedConnection,
              ServiceInitiatedEvent::localConnectionInfo,
              LocalConnectionState.INITIATED),
          new ConnectionEvent<>(
              FailedEvent.class,
              FailedEvent::failedConnection,
              FailedEvent::localConnectionInfo,
              LocalConnectionState.FAIL),
          new ConnectionEvent<>(
              QueuedEvent.class,
              QueuedEvent::queuedConnection,
              QueuedEvent::localConnectionInfo,
              LocalConnectionState.QUEUED),
          // says nothing about the monitored device's own connection unless it has local info
          new ConnectionEvent<>(
              NetworkReachedEvent.class,
              NetworkReachedEvent::outboundConnection,
              NetworkReachedEvent::localConnectionInfo,
              null));

  private static void connectionEvent(
      Map<String, LocalConnectionState> c, String device, MonitorEvent event) {
    for (ConnectionEvent<?> kind : CONNECTION_EVENTS) {
      if (kind.type.isInstance(event)) {
        kind.apply(c, device, event);
        return;
      }
    }
  }

  private static void moved(
      Map<String, LocalConnectionState> c, ConnectionId primary, Optional<ConnectionId> secondary) {
    primary.callId().ifPresent(c::remove);
    secondary.flatMap(ConnectionId::callId).ifPresent(c::remove);
  }

  private static void newCalls(
      Map<String, LocalConnectionState> c,
      String device,
      List<ConnectionListItem> items,
      LocalConnectionState state) {
    if (state == LocalConnectionState.NULL) {
      return;
    }
    for (ConnectionListItem item : items) {
      item.newConnection().filter(n -> isAt(n, device)).ifPresent(n -> set(c, n, state));
    }
  }

  private static void set(
      Map<String, LocalConnectionState> c, ConnectionId conn, LocalConnectionState state) {
    conn.callId().ifPresent(id -> c.put(id, state));
  }

  private static boolean isAt(ConnectionId conn, String device) {
    return conn.deviceId().map(d -> d.value().equals(device)).orElse(false);
  }

  /**
   * The local connection state a snapshot reports: the first entry of a compound state, or what a
   * simple state says about the local end.
   */
  static @Nullable LocalConnectionState localState(CallState state) {
    if (!state.compoundCallState().isEmpty()) {
      return state.compoundCallState().get(0);
    }
    Optional<SimpleCallState> simple = state.simpleCallState();
    if (simple.isEmpty()) {
      return null; // "unknown": nothing to say
    }
    return switch (simple.get()) {
      case CALL_NULL -> LocalConnectionState.NULL;
      case CALL_PENDING -> LocalConnectionState.INITIATED;
      case CALL_RECEIVED, CALL_RECEIVED_ON_HOLD -> LocalConnectionState.ALERTING;
      case CALL_DELIVERED_HELD, CALL_ESTABLISHED_HELD, CALL_QUEUED_HELD, CALL_FAILED_HELD ->
          LocalConnectionState.HOLD;
      case CALL_BLOCKED -> LocalConnectionState.FAIL;
      default -> LocalConnectionState.CONNECTED;
    };
  }

  /** What changed between two states of the same devices, ordered by device and call. */
  static List<CallChange> diff(
      Map<String, Map<String, LocalConnectionState>> before,
      Map<String, Map<String, LocalConnectionState>> after,
      Iterable<String> devices) {
    List<CallChange> changes = new ArrayList<>();
    for (String device : devices) {
      Map<String, LocalConnectionState> b = before.getOrDefault(device, Map.of());
      Map<String, LocalConnectionState> a = after.getOrDefault(device, Map.of());
      TreeSet<String> ids = new TreeSet<>(b.keySet());
      ids.addAll(a.keySet());
      for (String id : ids) {
        LocalConnectionState was = b.get(id);
        LocalConnectionState is = a.get(id);
        if (was != is) {
          changes.add(CallChange.of(device, id, was, is));
        }
      }
    }
    return changes;
  }
}
