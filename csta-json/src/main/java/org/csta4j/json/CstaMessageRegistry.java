package org.csta4j.json;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.csta4j.model.*;

/**
 * The one place that maps SignalR names to model types: hub methods (a request, its response and
 * its failures) and events (the target name, without the {@code Event} suffix, as uni-tel pushes
 * them). Lookups ignore case and accept the {@code Event} suffix. The registry is immutable and
 * safe for concurrent use; every method rejects a null argument with a {@link NullPointerException}
 * naming it.
 */
public final class CstaMessageRegistry {
  private static final CstaMessageRegistry STANDARD = new CstaMessageRegistry();

  private final Map<String, HubMethod> methods = new LinkedHashMap<>();
  private final Map<String, HubMethod> methodsByLowerName = new HashMap<>();
  private final Map<Class<?>, HubMethod> methodsByRequest = new HashMap<>();
  private final Map<String, Class<? extends CstaEvent>> events = new LinkedHashMap<>();
  private final Map<String, Class<? extends CstaEvent>> eventsByLowerName = new HashMap<>();
  private final Map<Class<?>, String> eventNames = new HashMap<>();
  private final ClassValue<Class<?>> modelTypes =
      new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
          if (type.isInterface()) {
            return type;
          }
          for (Class<?> i : type.getInterfaces()) {
            if (i.getPackage() == CstaMessage.class.getPackage()) {
              return i;
            }
          }
          throw new IllegalArgumentException("not a model type: " + type.getName());
        }
      };

  private CstaMessageRegistry() {
    session(
        "StartApplicationSession",
        StartApplicationSession.class,
        StartApplicationSessionPosResponse.class,
        StartApplicationSessionNegResponse.class);
    session(
        "StopApplicationSession",
        StopApplicationSession.class,
        StopApplicationSessionPosResponse.class,
        StopApplicationSessionNegResponse.class);
    session(
        "ResetApplicationSessionTimer",
        ResetApplicationSessionTimer.class,
        ResetApplicationSessionTimerPosResponse.class,
        ResetApplicationSessionTimerNegResponse.class);
    method("MonitorStart", MonitorStart.class, MonitorStartResponse.class);
    method("MonitorStop", MonitorStop.class, MonitorStopResponse.class);
    method("MonitorTrunk", MonitorTrunk.class, MonitorStartResponse.class);
    method("MakeCall", MakeCall.class, MakeCallResponse.class);
    method("ClearConnection", ClearConnection.class, ClearConnectionResponse.class);
    method("ClearCall", ClearCall.class, ClearCallResponse.class);
    method("AnswerCall", AnswerCall.class, AnswerCallResponse.class);
    method("HoldCall", HoldCall.class, HoldCallResponse.class);
    method("RetrieveCall", RetrieveCall.class, RetrieveCallResponse.class);
    method("ConsultationCall", ConsultationCall.class, ConsultationCallResponse.class);
    method("TransferCall", TransferCall.class, TransferCallResponse.class);
    method(
        "SingleStepTransferCall",
        SingleStepTransferCall.class,
        SingleStepTransferCallResponse.class);
    method("ConferenceCall", ConferenceCall.class, ConferenceCallResponse.class);
    method("DeflectCall", DeflectCall.class, DeflectCallResponse.class);
    method("AlternateCall", AlternateCall.class, AlternateCallResponse.class);
    method("ReconnectCall", ReconnectCall.class, ReconnectCallResponse.class);
    method("GenerateDigits", GenerateDigits.class, GenerateDigitsResponse.class);
    method("SetDoNotDisturb", SetDoNotDisturb.class, SetDoNotDisturbResponse.class);
    method("GetDoNotDisturb", GetDoNotDisturb.class, GetDoNotDisturbResponse.class);
    method("SetForwarding", SetForwarding.class, SetForwardingResponse.class);
    method("GetForwarding", GetForwarding.class, GetForwardingResponse.class);
    method("SetAgentState", SetAgentState.class, SetAgentStateResponse.class);
    method("GetAgentState", GetAgentState.class, GetAgentStateResponse.class);
    method("SnapshotDevice", SnapshotDevice.class, SnapshotDeviceResponse.class);
    method("SnapshotCall", SnapshotCall.class, SnapshotCallResponse.class);

    event("ApplicationSessionTerminated", ApplicationSessionTerminated.class);
    event("MonitorStarted", MonitorStartedEvent.class);
    event("MonitorEnded", MonitorEndedEvent.class);
    event("ServiceInitiated", ServiceInitiatedEvent.class);
    event("Originated", OriginatedEvent.class);
    event("Delivered", DeliveredEvent.class);
    event("Established", EstablishedEvent.class);
    event("ConnectionCleared", ConnectionClearedEvent.class);
    event("CallCleared", CallClearedEvent.class);
    event("Held", HeldEvent.class);
    event("Retrieved", RetrievedEvent.class);
    event("Diverted", DivertedEvent.class);
    event("Transfered", TransferedEvent.class);
    event("Conferenced", ConferencedEvent.class);
    event("Failed", FailedEvent.class);
    event("NetworkReached", NetworkReachedEvent.class);
    event("Queued", QueuedEvent.class);
    event("DigitsGenerated", DigitsGeneratedEvent.class);
    event("CallInformation", CallInformationEvent.class);
    event("DoNotDisturb", DoNotDisturbEvent.class);
    event("Forwarding", ForwardingEvent.class);
    event("AgentLoggedOn", AgentLoggedOnEvent.class);
    event("AgentLoggedOff", AgentLoggedOffEvent.class);
    event("AgentReady", AgentReadyEvent.class);
    event("AgentNotReady", AgentNotReadyEvent.class);
    event("AgentBusy", AgentBusyEvent.class);
    event("AgentWorkingAfterCall", AgentWorkingAfterCallEvent.class);
    event("QueueMember", QueueMemberEvent.class);
    event("QueueAdded", QueueAddedEvent.class);
    event("QueueRemoved", QueueRemovedEvent.class);
    event("QueueStatistics", QueueStatisticsEvent.class);
    // the schema spells it with one r; accept the correct spelling too
    eventsByLowerName.put("transferred", TransferedEvent.class);
  }

  /**
   * {@return the one registry of every hub method and event of the uni-tel gateway and ECMA-269}
   */
  public static CstaMessageRegistry standard() {
    return STANDARD;
  }

  private void session(
      String name,
      Class<? extends CstaRequest<?>> request,
      Class<? extends CstaResponse> response,
      Class<? extends CstaFailure> negative) {
    add(HubMethod.of(name, request, response, Optional.of(negative)));
  }

  private void method(
      String name,
      Class<? extends CstaRequest<?>> request,
      Class<? extends CstaResponse> response) {
    add(HubMethod.of(name, request, response, Optional.empty()));
  }

  private void add(HubMethod m) {
    methods.put(m.name(), m);
    methodsByLowerName.put(m.name().toLowerCase(Locale.ROOT), m);
    methodsByRequest.put(m.requestType(), m);
  }

  private void event(String name, Class<? extends CstaEvent> type) {
    events.put(name, type);
    eventsByLowerName.put(name.toLowerCase(Locale.ROOT), type);
    eventNames.put(type, name);
  }

  /**
   * {@return the hub method of this name, ignoring case; empty if the registry has none}
   *
   * @param name a method name such as {@code "MakeCall"} or {@code "makecall"}
   */
  public Optional<HubMethod> method(String name) {
    Objects.requireNonNull(name, "name");
    HubMethod m = methods.get(name);
    return m != null
        ? Optional.of(m)
        : Optional.ofNullable(methodsByLowerName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** {@return every hub method, unmodifiable, in the same order on every call} */
  public Collection<HubMethod> methods() {
    return Collections.unmodifiableCollection(methods.values());
  }

  /**
   * {@return the hub method that takes this request}
   *
   * @param request a modelled request (not a {@link RawRequest})
   * @throws IllegalArgumentException for a {@link RawRequest}, which names a method the registry
   *     does not model (use {@link #methodName}), or a request type no method takes
   */
  public HubMethod methodOf(CstaRequest<?> request) {
    Objects.requireNonNull(request, "request");
    if (request instanceof RawRequest raw) {
      throw new IllegalArgumentException(
          "a RawRequest ('"
              + raw.method()
              + "') has no modelled hub method; its name is methodName(request)");
    }
    HubMethod m = methodsByRequest.get(modelType(request.getClass()));
    if (m == null) {
      throw new IllegalArgumentException("no hub method for " + request.getClass().getSimpleName());
    }
    return m;
  }

  /**
   * {@return the name of the hub method that takes this request, e.g. {@code "MakeCall"}; for a
   * {@link RawRequest}, the method it names}
   *
   * @param request any request
   * @throws IllegalArgumentException if the request is of a type no method takes
   */
  public String methodName(CstaRequest<?> request) {
    Objects.requireNonNull(request, "request");
    if (request instanceof RawRequest raw) {
      return raw.method();
    }
    return methodOf(request).name();
  }

  /**
   * {@return the event type of a SignalR target name; empty for a name the registry does not know}
   *
   * @param name {@code "Delivered"}, {@code "DeliveredEvent"} or any casing of these; surrounding
   *     blanks are ignored
   */
  public Optional<Class<? extends CstaEvent>> eventType(String name) {
    Objects.requireNonNull(name, "name");
    Class<? extends CstaEvent> type = events.get(name);
    if (type != null) {
      return Optional.of(type);
    }
    String lower = name.trim().toLowerCase(Locale.ROOT);
    type = eventsByLowerName.get(lower);
    if (type == null && lower.endsWith("event")) {
      type = eventsByLowerName.get(lower.substring(0, lower.length() - "event".length()));
    }
    return Optional.ofNullable(type);
  }

  /**
   * {@return the SignalR target name an event is pushed under, e.g. {@code "Delivered"}; for an
   * {@link UnknownEvent}, the name it arrived with}
   *
   * @param event any event
   * @throws IllegalArgumentException if the event is of a type the registry does not know
   */
  public String eventName(CstaEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof UnknownEvent unknown) {
      return unknown.name();
    }
    String name = eventNames.get(modelType(event.getClass()));
    if (name == null) {
      throw new IllegalArgumentException("no event name for " + event.getClass().getSimpleName());
    }
    return name;
  }

  /** {@return every event name and its type, unmodifiable, in the same order on every call} */
  public Map<String, Class<? extends CstaEvent>> events() {
    return Collections.unmodifiableMap(events);
  }

  /** The model interface of a value's runtime class (the generated class implements it). */
  Class<?> modelType(Class<?> runtimeType) {
    return modelTypes.get(runtimeType);
  }
}
