package org.csta4j.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.JsonDialect;
import org.csta4j.model.AnswerCall;
import org.csta4j.model.ClearCall;
import org.csta4j.model.ClearConnection;
import org.csta4j.model.ConsultationCall;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeflectCall;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetForwarding;
import org.csta4j.model.HoldCall;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.MonitorTrunk;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.RetrieveCall;
import org.csta4j.model.SetDoNotDisturb;
import org.csta4j.model.SetForwarding;
import org.csta4j.model.SingleStepTransferCall;
import org.csta4j.model.SnapshotCall;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.TransferCall;
import org.jspecify.annotations.Nullable;

/**
 * The CSTA hub: uni-tel's hub methods on top of the simulated {@link Pbx}, with login, session
 * expiry, monitors, and the event fan-out to every connection monitoring a device. Responses and
 * events are written in the configured dialect; requests are read leniently by the codec. Which
 * service answers which request is decided in one place, {@link #registerServices()}; a request
 * without a service is refused with {@code serviceNotSupported} (after the login check).
 */
final class CstaGateway implements PbxListener {
  private final CstaCodec codec;
  private final JsonDialect dialect;
  private final List<GatewayUser> users;
  private final ScheduledExecutorService scheduler;
  private final EventLog log;
  private final GatewayFaults faults;
  private final ServiceTable services = registerServices();
  private final List<GatewaySession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicLong monitorIds = new AtomicLong();
  private @Nullable Pbx pbx;

  /** Events held back while an invocation runs, to follow its response; guarded by the Pbx lock. */
  private @Nullable List<Runnable> deferred;

  CstaGateway(
      CstaCodec codec,
      JsonDialect dialect,
      Collection<GatewayUser> users,
      ScheduledExecutorService scheduler,
      EventLog log,
      GatewayFaults faults) {
    this.codec = codec;
    this.dialect = dialect;
    this.users = List.copyOf(users);
    this.scheduler = scheduler;
    this.log = log;
    this.faults = faults;
  }

  /** Every service the gateway simulates, by request type: the one place that registers them. */
  private static ServiceTable registerServices() {
    return new ServiceTable()
        .beforeLogin(StartApplicationSession.class, ApplicationSessionServices::start)
        .beforeLogin(StopApplicationSession.class, ApplicationSessionServices::stop)
        .beforeLogin(ResetApplicationSessionTimer.class, ApplicationSessionServices::resetTimer)
        .afterLogin(MonitorStart.class, MonitoringServices::start)
        .afterLogin(MonitorTrunk.class, MonitoringServices::trunk)
        .afterLogin(MonitorStop.class, MonitoringServices::stop)
        .afterLogin(MakeCall.class, CallControlServices::makeCall)
        .afterLogin(ClearConnection.class, CallControlServices::clearConnection)
        .afterLogin(ClearCall.class, CallControlServices::clearCall)
        .afterLogin(AnswerCall.class, CallControlServices::answerCall)
        .afterLogin(HoldCall.class, CallControlServices::holdCall)
        .afterLogin(RetrieveCall.class, CallControlServices::retrieveCall)
        .afterLogin(ConsultationCall.class, CallControlServices::consultationCall)
        .afterLogin(TransferCall.class, CallControlServices::transferCall)
        .afterLogin(SingleStepTransferCall.class, CallControlServices::singleStepTransferCall)
        .afterLogin(DeflectCall.class, CallControlServices::deflectCall)
        .afterLogin(SetDoNotDisturb.class, FeatureServices::setDoNotDisturb)
        .afterLogin(GetDoNotDisturb.class, FeatureServices::getDoNotDisturb)
        .afterLogin(SetForwarding.class, FeatureServices::setForwarding)
        .afterLogin(GetForwarding.class, FeatureServices::getForwarding)
        .afterLogin(SnapshotDevice.class, SnapshotServices::snapshotDevice)
        .afterLogin(SnapshotCall.class, SnapshotServices::snapshotCall);
  }

  /** Connects the PBX whose events this gateway fans out; once, before the server starts. */
  void attach(Pbx pbx) {
    this.pbx = pbx;
  }

  Pbx pbx() {
    Pbx p = pbx;
    if (p == null) {
      throw new IllegalStateException("no PBX attached");
    }
    return p;
  }

  CstaCodec codec() {
    return codec;
  }

  JsonDialect dialect() {
    return dialect;
  }

  List<GatewayUser> users() {
    return users;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  EventLog log() {
    return log;
  }

  GatewayFaults faults() {
    return faults;
  }

  ServiceTable services() {
    return services;
  }

  /** A new monitor cross reference id, unique in this gateway. */
  String nextMonitorId() {
    return Long.toString(monitorIds.incrementAndGet() + 1000);
  }

  /** A handler for a new SignalR connection. */
  HubConnectionHandler newHandler(HubConnection connection) {
    GatewaySession session = new GatewaySession(this, connection);
    sessions.add(session);
    return session;
  }

  void forget(GatewaySession session) {
    sessions.remove(session);
  }

  /** The live CSTA sessions (logged in or not), one per connection. */
  List<GatewaySession> sessions() {
    return List.copyOf(sessions);
  }

  /**
   * Holds back events until {@code later} is run, or sends them at once for null; Pbx lock held.
   */
  void deferEvents(@Nullable List<Runnable> later) {
    this.deferred = later;
  }

  @Override
  public void onDeviceEvent(String device, Function<String, CstaEvent> event) {
    List<Runnable> later = deferred;
    Runnable send = () -> fanOut(device, event);
    if (later != null) {
      later.add(send);
    } else {
      send.run();
    }
  }

  private void fanOut(String device, Function<String, CstaEvent> event) {
    for (GatewaySession s : sessions) {
      for (Map.Entry<String, Optional<String>> m : s.monitors().entrySet()) {
        if (m.getValue().isEmpty() || m.getValue().get().equals(device)) {
          s.sendEvent(event.apply(m.getKey()));
        }
      }
    }
  }

  /** Sends an event whose name the model may not know, to every logged-in session (a fault). */
  int sendToAll(String target, String json) {
    int n = 0;
    for (GatewaySession s : sessions) {
      if (s.loggedIn()) {
        s.connection().sendInvocation(target, json.getBytes(StandardCharsets.UTF_8));
        n++;
      }
    }
    return n;
  }

  /** Expires every logged-in session now, as the gateway's timer would. */
  int expireAll() {
    int n = 0;
    for (GatewaySession s : sessions) {
      if (s.expire()) {
        n++;
      }
    }
    return n;
  }
}
