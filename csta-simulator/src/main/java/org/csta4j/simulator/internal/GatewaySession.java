package org.csta4j.simulator.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.csta4j.json.CstaCodecException;
import org.csta4j.json.HubMethod;
import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.OperationError;
import org.csta4j.model.PrivateData;
import org.csta4j.model.SessionTermReason;
import org.csta4j.model.SessionTermReasonValue;
import org.csta4j.model.UniversalFailure;
import org.jspecify.annotations.Nullable;

/**
 * The CSTA state of one SignalR connection: its login, session timer and monitors, and how its
 * invocations reach the gateway's {@link ServiceTable}. Invocations run under the Pbx lock, so a
 * response leaves before the events its request causes, and after any event emitted earlier.
 */
final class GatewaySession implements HubConnectionHandler {
  private final CstaGateway gateway;
  private final HubConnection connection;
  private volatile @Nullable String sessionId;
  private @Nullable ScheduledFuture<?> expiry; // guarded by this

  /** Monitor cross reference id -> the device it watches, or empty for the whole trunk. */
  private final Map<String, Optional<String>> monitors = new ConcurrentHashMap<>();

  GatewaySession(CstaGateway gateway, HubConnection connection) {
    this.gateway = gateway;
    this.connection = connection;
  }

  CstaGateway gateway() {
    return gateway;
  }

  HubConnection connection() {
    return connection;
  }

  /** The session id while logged in, else null. */
  @Nullable String sessionId() {
    return sessionId;
  }

  boolean loggedIn() {
    return sessionId != null;
  }

  /** The cross reference ids of this session's monitors now (a copy). */
  Set<String> monitorIds() {
    return Set.copyOf(monitors.keySet());
  }

  /** Live view: monitor cross reference id to the device it watches, empty for the trunk. */
  Map<String, Optional<String>> monitors() {
    return monitors;
  }

  void addMonitor(String crossRefId, @Nullable String device) {
    monitors.put(crossRefId, Optional.ofNullable(device));
  }

  boolean removeMonitor(String crossRefId) {
    return monitors.remove(crossRefId) != null;
  }

  @Override
  public void onInvocation(
      HubConnection c, String target, List<byte[]> arguments, @Nullable String invocationId) {
    List<Runnable> events = new ArrayList<>();
    Pbx pbx = gateway.pbx();
    synchronized (pbx) {
      gateway.deferEvents(events);
      Reply response;
      try {
        response = invoke(target, arguments);
      } finally {
        gateway.deferEvents(null);
      }
      if (invocationId != null) {
        respond(invocationId, target, response);
      }
      events.forEach(Runnable::run);
    }
  }

  private void respond(String invocationId, String target, Reply reply) {
    GatewayFaults faults = gateway.faults();
    EventLog log = gateway.log();
    Duration delay = faults.takeDelay();
    Reply response = reply;
    if (faults.takeFailure()) {
      String hubError = faults.failHubError;
      CstaErrorValue cstaError = faults.failCstaError;
      if (hubError != null) {
        log.fault("fail-response", target + " on " + connection.id() + ": " + hubError);
        response = new Reply.HubError(hubError);
      } else if (cstaError != null) {
        log.fault("fail-response", target + " on " + connection.id() + ": " + cstaError);
        response = new Reply.Csta(UniversalFailure.of(cstaError), Optional.empty());
      }
    }
    Reply finalResponse = response;
    Runnable send = () -> send(invocationId, finalResponse);
    if (delay.isZero()) {
      send.run();
    } else {
      log.fault(
          "delay-response", target + " on " + connection.id() + " by " + delay.toMillis() + " ms");
      ScheduledFuture<?> unused =
          gateway.scheduler().schedule(send, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void send(String invocationId, Reply reply) {
    if (reply instanceof Reply.HubError e) {
      connection.sendCompletionError(invocationId, e.message());
    } else if (reply instanceof Reply.Csta r) {
      // the gateway echoes the request's id, as uni-tel's requestID correlation does
      connection.sendCompletion(
          invocationId,
          r.requestId().isPresent()
              ? gateway.codec().encode(r.message(), gateway.dialect(), r.requestId().get())
              : gateway.codec().encode(r.message(), gateway.dialect()));
    }
  }

  private Reply invoke(String target, List<byte[]> arguments) {
    Optional<HubMethod> method = gateway.codec().registry().method(target);
    if (method.isEmpty()) {
      return new Reply.HubError("Unknown hub method '" + target + "'");
    }
    if (arguments.size() != 1) {
      return new Reply.HubError(
          "Failed to invoke '"
              + target
              + "' due to an error on the server. InvalidDataException: Invocation provides "
              + arguments.size()
              + " argument(s) but target expects 1.");
    }
    CstaRequest<?> request;
    try {
      request = gateway.codec().decodeRequest(method.get().name(), arguments.get(0));
    } catch (CstaCodecException e) {
      return new Reply.HubError(
          "Failed to invoke '"
              + target
              + "' due to an error on the server. InvalidDataException: "
              + e.getMessage());
    }
    CstaMessage response;
    try {
      response = handle(method.get().requestType(), request);
    } catch (CstaServiceException e) {
      gateway.log().protocol(target + " failed on " + connection.id() + ": " + e.getMessage());
      response = UniversalFailure.of(e.error());
    }
    return new Reply.Csta(response, request.privateData().flatMap(PrivateData::requestId));
  }

  private CstaMessage handle(Class<?> requestType, CstaRequest<?> request) {
    ServiceTable.Service<?> service = gateway.services().find(requestType);
    if ((service == null || service.needsLogin()) && sessionId == null) {
      throw new CstaServiceException(
          OperationError.SECURITY_VIOLATION, "log in with StartApplicationSession first");
    }
    if (service == null) {
      throw new CstaServiceException(
          OperationError.SERVICE_NOT_SUPPORTED,
          gateway.codec().registry().methodName(request) + " is not simulated");
    }
    return service.handle(request, this);
  }

  /** Logs in as {@code id}, expiring after {@code granted} unless the timer is reset. */
  void open(String id, Duration granted) {
    sessionId = id;
    scheduleExpiry(granted);
  }

  synchronized void scheduleExpiry(Duration after) {
    if (expiry != null) {
      expiry.cancel(false);
    }
    expiry =
        gateway.scheduler().schedule(this::timerExpired, after.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void timerExpired() {
    synchronized (gateway.pbx()) {
      String id = sessionId;
      if (id != null) {
        gateway.log().protocol("session " + id + " expired on " + connection.id());
        terminate(id);
      }
    }
  }

  /** Ends the session as its timer would; true if there was one. */
  boolean expire() {
    synchronized (gateway.pbx()) {
      String id = sessionId;
      if (id == null) {
        return false;
      }
      gateway.log().fault("expire-session", "session " + id + " on " + connection.id());
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

  synchronized void logout() {
    sessionId = null;
    monitors.clear();
    if (expiry != null) {
      expiry.cancel(false);
      expiry = null;
    }
  }

  void sendEvent(CstaEvent event) {
    connection.sendInvocation(
        gateway.codec().registry().eventName(event),
        gateway.codec().encode(event, gateway.dialect()));
  }

  @Override
  public void onClose(HubConnection c) {
    logout();
    gateway.forget(this);
  }

  /** What an invocation answers: a CSTA response (positive or not), or a SignalR-level error. */
  private sealed interface Reply {
    /** A CSTA response and the request id to echo. */
    record Csta(CstaMessage message, Optional<String> requestId) implements Reply {}

    /** A SignalR-level error (a Completion with {@code error}), not a CSTA one. */
    record HubError(String message) implements Reply {}
  }
}
