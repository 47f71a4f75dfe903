package org.csta4j.session;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.CallState;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.MonitorStopResponse;
import org.csta4j.model.OperationError;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.ResetApplicationSessionTimerNegResponse;
import org.csta4j.model.ResetApplicationSessionTimerPosResponse;
import org.csta4j.model.SessionError;
import org.csta4j.model.SessionTermReason;
import org.csta4j.model.SessionTermReasonValue;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionPosResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.StopApplicationSessionPosResponse;
import org.csta4j.model.UniversalFailure;
import org.csta4j.model.internal.Threads;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.support.SerialExecutor;
import org.jspecify.annotations.Nullable;

/**
 * A model of a uni-tel gateway, shared by every {@link FaultyTransport} of one case the way one
 * gateway serves many connections: a login makes a CSTA session (a session id), MonitorStart
 * registers a monitor (a new cross reference id for the device, owned by the session), MonitorStop
 * removes it, SnapshotDevice answers with the device's calls, ResetApplicationSessionTimer renews
 * the session and StopApplicationSession ends it; a session that is not renewed within {@link
 * #GRANTED} expires. When a connection is lost or closed, or its session ends, that session's
 * monitors are gone. Messages reach it over the case's {@link Wire}, where faults hit.
 */
final class ModelGateway implements CstaTransportFactory {
  static final Duration GRANTED = Duration.ofSeconds(30);

  record Monitor(String ref, String device, Session session) {}

  /** A CSTA session: a login on one connection. */
  static final class Session {
    final String id;
    final FaultyTransport conn;
    boolean live = true;
    Scheduler.@Nullable Cancellable expiry;

    Session(String id, FaultyTransport conn) {
      this.id = id;
      this.conn = conn;
    }
  }

  private static final ExecutorService LANES =
      Executors.newCachedThreadPool(Threads.named("fx-lane"));

  private final Wire wire;
  private final VirtualScheduler time;
  private final Duration connectTimeout;
  private final List<FaultyTransport> transports = new CopyOnWriteArrayList<>();

  // guarded by this
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Map<String, Monitor> monitors = new LinkedHashMap<>();
  private final Set<String> devices = new LinkedHashSet<>();
  private final Map<String, Map<String, LocalConnectionState>> calls = new HashMap<>();
  private final List<String> expired = new ArrayList<>();
  private int sessionSeq;
  private int refSeq;
  private int callSeq;

  ModelGateway(Wire wire, Duration connectTimeout) {
    this.wire = wire;
    this.time = wire.time();
    this.connectTimeout = connectTimeout;
    wire.attach(this);
  }

  // ---------------------------------------------------------------- the factory

  @Override
  public String name() {
    return "model";
  }

  @Override
  public boolean supports(URI gateway) {
    return "memory".equals(gateway.getScheme());
  }

  @Override
  public CstaTransport create(TransportConfig config, TransportListener listener) {
    Activity.watch(
        config.callbackExecutor()); // the client's I/O pool: the session's engine runs there
    // callbacks on a pool of our own (events may come on a transport's own threads), counted
    SerialExecutor lane =
        new SerialExecutor(wire.activity().lane(LANES), wire.activity()::laneError);
    FaultyTransport t =
        new FaultyTransport(transports.size() + 1, wire, this, listener, lane, connectTimeout);
    transports.add(t);
    wire.activity().bump();
    return t;
  }

  /** Sessions the gateway ended because no keepalive came in time. */
  synchronized List<String> expired() {
    return List.copyOf(expired);
  }

  // ---------------------------------------------------------------- the gateway's state

  /** The gateway's answer to a request on {@code c}; events it causes go to {@code events}. */
  synchronized Object handle(FaultyTransport c, CstaRequest<?> q, List<CstaEvent> events) {
    if (q instanceof StartApplicationSession) {
      Session s = new Session("s-" + ++sessionSeq, c);
      sessions.put(s.id, s);
      renew(s);
      return StartApplicationSessionPosResponse.builder()
          .sessionId(s.id)
          .actualSessionDuration(GRANTED)
          .build();
    }
    if (q instanceof ResetApplicationSessionTimer reset) {
      Session s = sessions.get(reset.sessionId());
      if (s == null || !s.live || s.conn != c) {
        return ResetApplicationSessionTimerNegResponse.of(SessionError.INVALID_SESSION_ID);
      }
      renew(s);
      return ResetApplicationSessionTimerPosResponse.of(GRANTED);
    }
    Session s = sessionOn(c);
    if (s == null) {
      return UniversalFailure.of(OperationError.GENERIC); // no CSTA session on this connection
    }
    if (q instanceof StopApplicationSession) {
      end(s);
      return StopApplicationSessionPosResponse.of();
    }
    if (q instanceof MonitorStart start) {
      String device = start.monitorObject().deviceObject().orElseThrow().value();
      if (!devices.contains(device)) {
        return UniversalFailure.of(OperationError.INVALID_DEVICE_ID);
      }
      Monitor m = new Monitor("m-" + ++refSeq, device, s);
      monitors.put(m.ref, m);
      return MonitorStartResponse.of(m.ref);
    }
    if (q instanceof MonitorStop stop) {
      Monitor m = monitors.get(stop.monitorCrossRefId());
      if (m == null || m.session != s) {
        return UniversalFailure.of(OperationError.INVALID_MONITOR_CROSS_REF_ID);
      }
      monitors.remove(m.ref);
      return MonitorStopResponse.of();
    }
    if (q instanceof SnapshotDevice snapshot) {
      String device = snapshot.snapshotObject().value();
      if (!devices.contains(device)) {
        return UniversalFailure.of(OperationError.INVALID_DEVICE_ID);
      }
      SnapshotDeviceResponse.Builder b = SnapshotDeviceResponse.builder();
      calls(device)
          .forEach(
              (call, state) ->
                  b.addSnapshotData(
                      SnapshotDeviceResponseInfo.builder()
                          .connectionIdentifier(ConnectionId.of(call, device))
                          .localCallState(CallState.ofCompound(List.of(state)))
                          .build()));
      return b.build();
    }
    if (q instanceof MakeCall make) {
      String from = make.callingDevice().value();
      String to = make.calledDirectoryNumber().value();
      String call = "c" + ++callSeq;
      calls
          .computeIfAbsent(from, d -> new LinkedHashMap<>())
          .put(call, LocalConnectionState.CONNECTED);
      calls
          .computeIfAbsent(to, d -> new LinkedHashMap<>())
          .put(call, LocalConnectionState.ALERTING);
      for (Monitor m : monitors.values()) {
        if (m.device.equals(to)) {
          events.add(TestEvents.delivered(m.ref, call, to));
        }
      }
      return MakeCallResponse.of(ConnectionId.of(call, from));
    }
    return UniversalFailure.of(OperationError.GENERIC);
  }

  // guarded by this
  private void renew(Session s) {
    if (s.expiry != null) {
      s.expiry.cancel();
    }
    s.expiry =
        time.schedule(
            GRANTED,
            () -> {
              synchronized (this) {
                if (s.live) {
                  expired.add(s.id);
                  terminate(s.conn, SessionTermReasonValue.SESSION_TIMER_EXPIRED);
                }
              }
            });
  }

  // guarded by this
  private @Nullable Session sessionOn(FaultyTransport c) {
    for (Session s : sessions.values()) {
      if (s.live && s.conn == c) {
        return s;
      }
    }
    return null;
  }

  // guarded by this
  private void end(Session s) {
    s.live = false;
    if (s.expiry != null) {
      s.expiry.cancel();
    }
    monitors.values().removeIf(m -> m.session == s);
  }

  /** Ends the CSTA session on {@code c} and tells the client: ApplicationSessionTerminated. */
  synchronized void terminate(FaultyTransport c, SessionTermReasonValue reason) {
    CstaEvent e = end(c, reason);
    if (e != null) {
      wire.put(new Wire.Message(Wire.Kind.EVENT, c, "", e, null));
    }
  }

  /** Ends the CSTA session on {@code c}: the ApplicationSessionTerminated to tell, or null. */
  synchronized @Nullable CstaEvent end(FaultyTransport c, SessionTermReasonValue reason) {
    Session s = sessionOn(c);
    if (s == null) {
      return null;
    }
    end(s);
    return ApplicationSessionTerminated.of(s.id, SessionTermReason.of(reason));
  }

  /** A connection closed or dropped: its sessions end, its messages vanish. */
  void connectionGone(FaultyTransport c) {
    synchronized (this) {
      for (Session s : sessions.values()) {
        if (s.live && s.conn == c) {
          end(s);
        }
      }
    }
    wire.purge(c);
    wire.activity().bump();
  }

  // ---------------------------------------------------------------- what tests do and ask

  synchronized void addDevice(String device) {
    devices.add(device);
  }

  synchronized void removeDevice(String device) {
    devices.remove(device);
  }

  synchronized void putCall(String device, String call, @Nullable LocalConnectionState state) {
    Map<String, LocalConnectionState> at =
        calls.computeIfAbsent(device, d -> new LinkedHashMap<>());
    if (state == null) {
      at.remove(call);
    } else {
      at.put(call, state);
    }
  }

  synchronized Map<String, LocalConnectionState> calls(String device) {
    return Map.copyOf(calls.getOrDefault(device, Map.of()));
  }

  /** Sends an event for the device to every monitor of it: how many. */
  synchronized int emit(String device, String call) {
    int n = 0;
    for (Monitor m : monitors.values()) {
      if (m.device.equals(device) && m.session.live && m.session.conn.isOpen()) {
        DeliveredEvent e = TestEvents.delivered(m.ref, call, device);
        wire.put(new Wire.Message(Wire.Kind.EVENT, m.session.conn, "", e, null));
        n++;
      }
    }
    return n;
  }

  /** Resets every open connection (a scripted outage). */
  void resetAll() {
    for (FaultyTransport t : transports) {
      t.lose(new ConnectionLostException("connection reset by peer (outage)"));
    }
  }

  /** Ends every live session with ApplicationSessionTerminated (a scripted expiry). */
  void terminateAll() {
    for (FaultyTransport t : transports) {
      terminate(t, SessionTermReasonValue.SESSION_TIMER_EXPIRED);
    }
  }

  synchronized @Nullable Monitor monitor(String ref) {
    return monitors.get(ref);
  }

  /** The live session with this id on an open connection, if any. */
  synchronized @Nullable Session liveSession(String id) {
    Session s = sessions.get(id);
    return s != null && s.live && s.conn.isOpen() ? s : null;
  }

  /** Every monitor the gateway holds now, in any live session, oldest first. */
  synchronized List<Monitor> liveMonitors() {
    List<Monitor> all = new ArrayList<>();
    for (Monitor m : monitors.values()) {
      if (m.session.live) {
        all.add(m);
      }
    }
    return all;
  }

  synchronized List<Monitor> monitorsOf(String device) {
    List<Monitor> of = new ArrayList<>();
    for (Monitor m : monitors.values()) {
      if (m.device.equals(device) && m.session.live) {
        of.add(m);
      }
    }
    return of;
  }

  List<FaultyTransport> transports() {
    return transports;
  }

  /** Whether a StopApplicationSession waits for its answer (close() blocks on it). */
  boolean stopPending() {
    for (FaultyTransport t : transports) {
      if (t.isPending("StopApplicationSession")) {
        return true;
      }
    }
    return false;
  }

  int pendingRequests() {
    int n = 0;
    for (FaultyTransport t : transports) {
      n += t.pendingCount();
    }
    return n;
  }
}
