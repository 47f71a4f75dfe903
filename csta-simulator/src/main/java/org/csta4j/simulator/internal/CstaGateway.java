package org.csta4j.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.CstaCodecException;
import org.csta4j.json.JsonDialect;
import org.csta4j.model.AnswerCall;
import org.csta4j.model.AnswerCallResponse;
import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.ApplicationSpecificInfo;
import org.csta4j.model.ClearCall;
import org.csta4j.model.ClearCallResponse;
import org.csta4j.model.ClearConnection;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.ConsultationCall;
import org.csta4j.model.ConsultationCallResponse;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.DeflectCall;
import org.csta4j.model.DeflectCallResponse;
import org.csta4j.model.DeviceId;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.GetForwarding;
import org.csta4j.model.GetForwardingResponse;
import org.csta4j.model.HoldCall;
import org.csta4j.model.HoldCallResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.MonitorStopResponse;
import org.csta4j.model.MonitorTrunk;
import org.csta4j.model.OperationError;
import org.csta4j.model.PrivateData;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.ResetApplicationSessionTimerNegResponse;
import org.csta4j.model.ResetApplicationSessionTimerPosResponse;
import org.csta4j.model.RetrieveCall;
import org.csta4j.model.RetrieveCallResponse;
import org.csta4j.model.SessionError;
import org.csta4j.model.SessionTermReason;
import org.csta4j.model.SessionTermReasonValue;
import org.csta4j.model.SetDoNotDisturb;
import org.csta4j.model.SetDoNotDisturbResponse;
import org.csta4j.model.SetForwarding;
import org.csta4j.model.SetForwardingResponse;
import org.csta4j.model.SingleStepTransferCall;
import org.csta4j.model.SingleStepTransferCallResponse;
import org.csta4j.model.SnapshotCall;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionNegResponse;
import org.csta4j.model.StartApplicationSessionPosResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.StopApplicationSessionNegResponse;
import org.csta4j.model.StopApplicationSessionPosResponse;
import org.csta4j.model.TransferCall;
import org.csta4j.model.TransferCallResponse;
import org.csta4j.model.UniversalFailure;
import org.jspecify.annotations.Nullable;

/**
 * The CSTA hub: uni-tel's hub methods on top of the simulated {@link Pbx}, with login, session
 * expiry, monitors, and the event fan-out to every connection monitoring a device. Responses and
 * events are written in the configured dialect; requests are read leniently by the codec.
 */
public final class CstaGateway implements PbxListener {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The longest session the gateway grants, whatever the client asks. */
  private static final Duration MAX_SESSION = Duration.ofHours(1);

  private final CstaCodec codec;
  private final JsonDialect dialect;
  private final Collection<GatewayUser> users;
  private final ScheduledExecutorService scheduler;
  private final EventLog log;
  private final GatewayFaults faults;
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private final AtomicLong monitorIds = new AtomicLong();
  private final ThreadLocal<List<Runnable>> deferred = new ThreadLocal<>();
  private @Nullable Pbx pbx;
  private int deviceCount;

  public CstaGateway(
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

  public void attach(Pbx pbx, int deviceCount) {
    this.pbx = pbx;
    this.deviceCount = deviceCount;
  }

  private Pbx pbx() {
    Pbx p = pbx;
    if (p == null) {
      throw new IllegalStateException("no PBX attached");
    }
    return p;
  }

  /** A handler for a new SignalR connection. */
  public HubConnectionHandler newHandler(HubConnection connection) {
    return new Session(connection);
  }

  /** The live CSTA sessions (logged in or not), one per connection. */
  public List<Session> sessions() {
    return List.copyOf(sessions);
  }

  @Override
  public void onDeviceEvent(String device, Function<String, CstaEvent> event) {
    List<Runnable> later = deferred.get();
    Runnable send = () -> fanOut(device, event);
    if (later != null) {
      later.add(send);
    } else {
      send.run();
    }
  }

  private void fanOut(String device, Function<String, CstaEvent> event) {
    for (Session s : sessions) {
      for (Map.Entry<String, Optional<String>> m : s.monitors.entrySet()) {
        if (m.getValue().isEmpty() || m.getValue().get().equals(device)) {
          s.sendEvent(event.apply(m.getKey()));
        }
      }
    }
  }

  /** Sends an event whose name the model may not know, to every logged-in session (a fault). */
  public int sendToAll(String target, String json) {
    int n = 0;
    for (Session s : sessions) {
      if (s.sessionId != null) {
        s.connection.sendInvocation(target, json.getBytes(StandardCharsets.UTF_8));
        n++;
      }
    }
    return n;
  }

  /** Expires every logged-in session now, as the gateway's timer would. */
  public int expireAll() {
    int n = 0;
    for (Session s : sessions) {
      if (s.expire()) {
        n++;
      }
    }
    return n;
  }

  /** The CSTA state of one SignalR connection. */
  public final class Session implements HubConnectionHandler {
    final HubConnection connection;
    volatile @Nullable String sessionId;
    private @Nullable ScheduledFuture<?> expiry;

    /** Monitor cross reference id -> the device it watches, or empty for the whole trunk. */
    final Map<String, Optional<String>> monitors = new ConcurrentHashMap<>();

    Session(HubConnection connection) {
      this.connection = connection;
      sessions.add(this);
    }

    public HubConnection connection() {
      return connection;
    }

    public Set<String> monitorIds() {
      return Set.copyOf(monitors.keySet());
    }

    public boolean loggedIn() {
      return sessionId != null;
    }

    @Override
    public void onInvocation(
        HubConnection c, String target, List<byte[]> arguments, @Nullable String invocationId) {
      Object response;
      List<Runnable> events = new ArrayList<>();
      // the PBX lock orders our response before the events the request causes, and both
      // after any event a PBX timer emitted earlier
      synchronized (pbx()) {
        deferred.set(events);
        try {
          response = invoke(target, arguments);
        } finally {
          deferred.remove();
        }
        if (invocationId != null) {
          respond(invocationId, target, response);
        }
        events.forEach(Runnable::run);
      }
    }

    private void respond(String invocationId, String target, Object response) {
      Duration delay = faults.takeDelay();
      if (faults.takeFailure()) {
        String hubError = faults.failHubError;
        if (hubError != null) {
          log.fault("fail-response", target + " on " + connection.id() + ": " + hubError);
          response = new HubError(hubError);
        } else if (faults.failCstaError != null) {
          log.fault(
              "fail-response", target + " on " + connection.id() + ": " + faults.failCstaError);
          response = new Reply(UniversalFailure.of(faults.failCstaError), Optional.empty());
        }
      }
      Object finalResponse = response;
      Runnable send =
          () -> {
            if (finalResponse instanceof HubError) {
              connection.sendCompletionError(invocationId, ((HubError) finalResponse).message);
            } else {
              // the gateway echoes the request's id, as uni-tel's requestID correlation does
              Reply reply = (Reply) finalResponse;
              connection.sendCompletion(
                  invocationId,
                  reply.requestId.isPresent()
                      ? codec.encode(reply.message, dialect, reply.requestId.get())
                      : codec.encode(reply.message, dialect));
            }
          };
      if (delay.isZero()) {
        send.run();
      } else {
        log.fault(
            "delay-response",
            target + " on " + connection.id() + " by " + delay.toMillis() + " ms");
        scheduler.schedule(send, delay.toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    /** Returns a {@link Reply}, or a {@link HubError}. */
    private Object invoke(String target, List<byte[]> arguments) {
      var method = codec.registry().method(target);
      if (method.isEmpty()) {
        return new HubError("Unknown hub method '" + target + "'");
      }
      if (arguments.size() != 1) {
        return new HubError(
            "Failed to invoke '"
                + target
                + "' due to an error on the server. InvalidDataException: Invocation provides "
                + arguments.size()
                + " argument(s) but target expects 1.");
      }
      CstaRequest<?> request;
      try {
        request = codec.decodeRequest(method.get().name(), arguments.get(0));
      } catch (CstaCodecException e) {
        return new HubError(
            "Failed to invoke '"
                + target
                + "' due to an error on the server. InvalidDataException: "
                + e.getMessage());
      }
      CstaMessage response;
      try {
        response = handle(request);
      } catch (CstaServiceException e) {
        log.protocol(target + " failed on " + connection.id() + ": " + e.getMessage());
        response = UniversalFailure.of(e.error());
      }
      return new Reply(response, request.privateData().flatMap(PrivateData::requestId));
    }

    private CstaMessage handle(CstaRequest<?> request) {
      if (request instanceof StartApplicationSession) {
        return login((StartApplicationSession) request);
      }
      if (request instanceof StopApplicationSession) {
        StopApplicationSession stop = (StopApplicationSession) request;
        if (!stop.sessionId().equals(sessionId)) {
          return StopApplicationSessionNegResponse.of(SessionError.INVALID_SESSION_ID);
        }
        logout();
        return StopApplicationSessionPosResponse.of();
      }
      if (request instanceof ResetApplicationSessionTimer) {
        ResetApplicationSessionTimer reset = (ResetApplicationSessionTimer) request;
        if (!reset.sessionId().equals(sessionId)) {
          return ResetApplicationSessionTimerNegResponse.of(SessionError.INVALID_SESSION_ID);
        }
        Duration granted = grant(reset.requestedSessionDuration());
        scheduleExpiry(granted);
        return ResetApplicationSessionTimerPosResponse.of(granted);
      }
      if (sessionId == null) {
        throw new CstaServiceException(
            OperationError.SECURITY_VIOLATION, "log in with StartApplicationSession first");
      }
      Pbx pbx = pbx();
      if (request instanceof MonitorStart) {
        MonitorStart start = (MonitorStart) request;
        DeviceId device =
            start
                .monitorObject()
                .deviceObject()
                .orElseThrow(
                    () ->
                        new CstaServiceException(
                            OperationError.INVALID_MONITOR_OBJECT_TYPE,
                            "only devices can be monitored"));
        String number = pbx.normalize(device.value());
        if (!pbx.isDevice(number)) {
          throw new CstaServiceException(
              OperationError.INVALID_DEVICE_ID, "device " + device.value() + " is not configured");
        }
        String xref = Long.toString(monitorIds.incrementAndGet() + 1000);
        monitors.put(xref, Optional.of(number));
        return MonitorStartResponse.of(xref);
      }
      if (request instanceof MonitorTrunk) {
        String xref = Long.toString(monitorIds.incrementAndGet() + 1000);
        monitors.put(xref, Optional.empty());
        return MonitorStartResponse.builder()
            .monitorCrossRefId(xref)
            .privateData(PrivateData.builder().monitorCount(deviceCount).build())
            .build();
      }
      if (request instanceof MonitorStop) {
        String xref = ((MonitorStop) request).monitorCrossRefId();
        if (monitors.remove(xref) == null) {
          throw new CstaServiceException(
              OperationError.INVALID_MONITOR_CROSS_REF_ID, "no monitor " + xref);
        }
        return MonitorStopResponse.of();
      }
      if (request instanceof MakeCall) {
        MakeCall call = (MakeCall) request;
        return MakeCallResponse.of(
            pbx.makeCall(call.callingDevice().value(), call.calledDirectoryNumber().value()));
      }
      if (request instanceof ClearConnection) {
        pbx.clearConnection(
            callersConnection(pbx, ((ClearConnection) request).connectionToBeCleared()));
        return ClearConnectionResponse.of();
      }
      if (request instanceof ClearCall) {
        pbx.clearCall(((ClearCall) request).callToBeCleared());
        return ClearCallResponse.of();
      }
      if (request instanceof AnswerCall) {
        pbx.answerCall(((AnswerCall) request).callToBeAnswered());
        return AnswerCallResponse.of();
      }
      if (request instanceof HoldCall) {
        pbx.holdCall(((HoldCall) request).callToBeHeld());
        return HoldCallResponse.of();
      }
      if (request instanceof RetrieveCall) {
        pbx.retrieveCall(((RetrieveCall) request).callToBeRetrieved());
        return RetrieveCallResponse.of();
      }
      if (request instanceof ConsultationCall) {
        ConsultationCall c = (ConsultationCall) request;
        return ConsultationCallResponse.of(
            pbx.consultationCall(c.existingCall(), c.consultedDevice().value()));
      }
      if (request instanceof TransferCall) {
        TransferCall t = (TransferCall) request;
        return TransferCallResponse.builder()
            .transferredCall(pbx.transferCall(t.heldCall(), t.activeCall()))
            .build();
      }
      if (request instanceof SingleStepTransferCall) {
        SingleStepTransferCall t = (SingleStepTransferCall) request;
        return SingleStepTransferCallResponse.builder()
            .transferredCall(pbx.singleStepTransferCall(t.activeCall(), t.transferredTo().value()))
            .build();
      }
      if (request instanceof DeflectCall) {
        DeflectCall d = (DeflectCall) request;
        pbx.deflectCall(d.callToBeDiverted(), d.newDestination().value());
        return DeflectCallResponse.of();
      }
      if (request instanceof SetDoNotDisturb) {
        SetDoNotDisturb d = (SetDoNotDisturb) request;
        pbx.setDoNotDisturb(d.device().value(), d.doNotDisturbOn());
        return SetDoNotDisturbResponse.of();
      }
      if (request instanceof GetDoNotDisturb) {
        return GetDoNotDisturbResponse.builder()
            .doNotDisturbOn(pbx.doNotDisturb(((GetDoNotDisturb) request).device().value()))
            .build();
      }
      if (request instanceof SetForwarding) {
        SetForwarding f = (SetForwarding) request;
        pbx.setForwarding(
            f.device().value(),
            f.forwardingType().orElse(org.csta4j.model.ForwardingType.FORWARD_IMMEDIATE),
            f.activateForward(),
            f.forwardDn().map(DeviceId::value).orElse(null));
        return SetForwardingResponse.of();
      }
      if (request instanceof GetForwarding) {
        return GetForwardingResponse.builder()
            .forwardingList(pbx.forwarding(((GetForwarding) request).device().value()))
            .build();
      }
      if (request instanceof SnapshotDevice) {
        return pbx.snapshotDevice(((SnapshotDevice) request).snapshotObject().value());
      }
      if (request instanceof SnapshotCall) {
        return pbx.snapshotCall(((SnapshotCall) request).snapshotObject());
      }
      throw new CstaServiceException(
          OperationError.SERVICE_NOT_SUPPORTED,
          codec.registry().methodName(request) + " is not simulated");
    }

    /**
     * A connection given by call id only (as uni-tel's sample clears calls) means the calling
     * party's connection while it is in the call, else the first party's.
     */
    private org.csta4j.model.ConnectionId callersConnection(
        Pbx pbx, org.csta4j.model.ConnectionId connection) {
      if (connection.deviceId().isPresent() || connection.callId().isEmpty()) {
        return connection;
      }
      var snapshot = pbx.snapshotCall(connection);
      var parties = snapshot.snapshotData();
      var caller = snapshot.callingDevice().flatMap(d -> d.deviceIdentifier());
      return parties.stream()
          .filter(p -> caller.isPresent() && p.deviceOnCall().deviceIdentifier().equals(caller))
          .findFirst()
          .or(() -> parties.stream().findFirst())
          .flatMap(p -> p.deviceOnCall().deviceIdentifier())
          .map(d -> org.csta4j.model.ConnectionId.builder().from(connection).deviceId(d).build())
          .orElse(connection);
    }

    private CstaMessage login(StartApplicationSession request) {
      SessionError reject = faults.rejectLogins;
      if (reject != null) {
        log.fault("reject-login", "connection " + connection.id() + ": " + reject.wireName());
        return StartApplicationSessionNegResponse.of(reject);
      }
      Optional<ApplicationSpecificInfo> info = request.applicationInfo().applicationSpecificInfo();
      String user = info.flatMap(ApplicationSpecificInfo::userId).orElse("");
      String password = info.flatMap(ApplicationSpecificInfo::password).orElse("");
      String domain = info.flatMap(ApplicationSpecificInfo::pbxDomain).orElse("");
      if (users.stream().noneMatch(u -> u.accepts(user, password, domain))) {
        log.protocol("login refused for user '" + user + "' on " + connection.id());
        return StartApplicationSessionNegResponse.of(SessionError.INVALID_APPLICATION_INFO);
      }
      byte[] id = new byte[6];
      RANDOM.nextBytes(id);
      sessionId = HexFormat.of().formatHex(id);
      Duration granted = grant(request.requestedSessionDuration());
      scheduleExpiry(granted);
      log.protocol("login ok for user '" + user + "' on " + connection.id());
      return StartApplicationSessionPosResponse.builder()
          .sessionId(sessionId)
          .actualProtocolVersion("http://www.ecma.ch/standards/ecma-323/csta/ed6")
          .actualSessionDuration(granted)
          .build();
    }

    private Duration grant(Duration requested) {
      return requested.compareTo(MAX_SESSION) > 0 ? MAX_SESSION : requested;
    }

    private synchronized void scheduleExpiry(Duration after) {
      if (expiry != null) {
        expiry.cancel(false);
      }
      expiry = scheduler.schedule(this::timerExpired, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void timerExpired() {
      synchronized (pbx()) {
        String id = sessionId;
        if (id != null) {
          log.protocol("session " + id + " expired on " + connection.id());
          terminate(id);
        }
      }
    }

    /** Ends the session as its timer would; true if there was one. */
    boolean expire() {
      synchronized (pbx()) {
        String id = sessionId;
        if (id == null) {
          return false;
        }
        log.fault("expire-session", "session " + id + " on " + connection.id());
        terminate(id);
        return true;
      }
    }

    private void terminate(String id) {
      logout();
      sendEvent(
          ApplicationSessionTerminated.of(
              id, SessionTermReason.of(SessionTermReasonValue.SESSION_TIMER_EXPIRED)));
    }

    private synchronized void logout() {
      sessionId = null;
      monitors.clear();
      if (expiry != null) {
        expiry.cancel(false);
        expiry = null;
      }
    }

    void sendEvent(CstaEvent event) {
      connection.sendInvocation(codec.registry().eventName(event), codec.encode(event, dialect));
    }

    @Override
    public void onClose(HubConnection c) {
      logout();
      sessions.remove(this);
    }
  }

  /** A CSTA response (positive or not) and the request id to echo. */
  private static final class Reply {
    final CstaMessage message;
    final Optional<String> requestId;

    Reply(CstaMessage message, Optional<String> requestId) {
      this.message = message;
      this.requestId = requestId;
    }
  }

  /** A SignalR-level error (a Completion with {@code error}), not a CSTA one. */
  private static final class HubError {
    final String message;

    HubError(String message) {
      this.message = message;
    }
  }
}
