package org.csta4j.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.csta4j.model.AnswerCallResponse;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeflectCallResponse;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.HoldCallResponse;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.RetrieveCallResponse;
import org.csta4j.model.SetDoNotDisturbResponse;
import org.csta4j.model.SetForwardingResponse;
import org.csta4j.model.SingleStepTransferCallResponse;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.TransferCallResponse;

/**
 * A logged-in CSTA session that recovers by itself. Obtained from {@link CstaClient#connect()}.
 *
 * <p>Requests are typed to their response: {@code send(MakeCall.of(...))} completes with a {@code
 * MakeCallResponse}, or exceptionally with a {@link org.csta4j.model.CstaFailureException} (the
 * gateway's CSTA error), a {@link org.csta4j.transport.RequestTimeoutException}, a {@link
 * org.csta4j.transport.ConnectionLostException} (lost while pending), a {@link
 * SessionUnavailableException} (refused while reconnecting), a {@link SessionClosedException}, or
 * an {@link IllegalArgumentException} for a request that cannot be sent. Each request carries a
 * {@code privateData.requestId} and a timeout.
 *
 * <p>Futures complete, and listeners run, on the client's executor; never on a transport thread.
 */
public interface CstaSession extends AutoCloseable {
  /**
   * {@return the gateway's id of the current CSTA session; changes when the session logs in again
   * after a reconnect}
   */
  String sessionId();

  /** {@return the state now; safe from any thread, and may change right after it is read} */
  SessionState state();

  /**
   * {@return how many requests of the application are sent and not yet completed, now; safe from
   * any thread, for metrics} An implementation that does not count them returns 0.
   */
  default int pendingRequests() {
    return 0;
  }

  /**
   * {@return how many events wait in the session's dispatch queue for delivery to listeners, now
   * (at most {@link CstaClient.Builder#dispatchCapacity}); safe from any thread, for metrics} An
   * implementation without such a queue returns 0.
   */
  default int queuedEvents() {
    return 0;
  }

  /**
   * Sends a request with the client's default timeout.
   *
   * @param <R> the response type the request is typed to
   * @param request any modelled request; checked before it is sent
   * @return the gateway's response; fails as the type comment lists
   */
  <R extends CstaResponse> CompletableFuture<R> send(CstaRequest<R> request);

  /**
   * Sends a request with its own timeout.
   *
   * @param <R> the response type the request is typed to
   * @param request any modelled request; checked before it is sent
   * @param timeout how long to wait for the answer; past it the future fails with {@link
   *     org.csta4j.transport.RequestTimeoutException}
   * @return the gateway's response; fails as the type comment lists
   */
  <R extends CstaResponse> CompletableFuture<R> send(CstaRequest<R> request, Duration timeout);

  /**
   * The escape hatch: invokes any hub method with a JSON object as its argument. CSTA errors still
   * fail the future with {@link org.csta4j.model.CstaFailureException}.
   *
   * @param method the hub method, e.g. {@code "MakeCall"}
   * @param jsonObject its argument, a JSON object as text
   * @return the result's JSON, or {@code "null"} when the gateway returned none
   */
  CompletableFuture<String> sendRaw(String method, String jsonObject);

  /**
   * MakeCall from a device to a number.
   *
   * @param from the calling device, not blank
   * @param to the number to call, not blank
   * @return the answer, with the new call's connection at {@code from}
   * @throws IllegalArgumentException naming the parameter if a device is blank
   */
  CompletableFuture<MakeCallResponse> makeCall(String from, String to);

  /**
   * ClearConnection: the device of {@code connection} leaves the call.
   *
   * @param connection the call and device
   * @return the gateway's acknowledgement
   */
  CompletableFuture<ClearConnectionResponse> clearConnection(ConnectionId connection);

  /**
   * AnswerCall for an alerting connection.
   *
   * @param connection the alerting call at the device
   * @return the gateway's acknowledgement
   */
  CompletableFuture<AnswerCallResponse> answer(ConnectionId connection);

  /**
   * HoldCall.
   *
   * @param connection the active call at the device to put on hold
   * @return the gateway's acknowledgement
   */
  CompletableFuture<HoldCallResponse> hold(ConnectionId connection);

  /**
   * RetrieveCall for a held connection.
   *
   * @param connection the held call at the device
   * @return the gateway's acknowledgement
   */
  CompletableFuture<RetrieveCallResponse> retrieve(ConnectionId connection);

  /**
   * TransferCall: joins the held call's other party with the active call's.
   *
   * @param held the held call at the transferring device
   * @param active the active (consultation) call at the same device
   * @return the gateway's answer, with the resulting call
   */
  CompletableFuture<TransferCallResponse> transfer(ConnectionId held, ConnectionId active);

  /**
   * SingleStepTransferCall of an active connection to a number.
   *
   * @param active the call to transfer
   * @param to the number it goes to, not blank
   * @return the gateway's answer, with the transferred call
   * @throws IllegalArgumentException naming {@code to} if it is blank
   */
  CompletableFuture<SingleStepTransferCallResponse> singleStepTransfer(
      ConnectionId active, String to);

  /**
   * DeflectCall: sends an alerting call elsewhere.
   *
   * @param alerting the alerting call at the device
   * @param to the number it goes to, not blank
   * @return the gateway's acknowledgement
   * @throws IllegalArgumentException naming {@code to} if it is blank
   */
  CompletableFuture<DeflectCallResponse> deflect(ConnectionId alerting, String to);

  /**
   * SetDoNotDisturb on or off.
   *
   * @param device the device, not blank
   * @param on true to turn it on
   * @return the gateway's acknowledgement
   * @throws IllegalArgumentException naming {@code device} if it is blank
   */
  CompletableFuture<SetDoNotDisturbResponse> setDoNotDisturb(String device, boolean on);

  /**
   * SetForwarding on, to {@code to}.
   *
   * @param device the device whose calls are forwarded, not blank
   * @param type when calls are forwarded (always, on busy, ...)
   * @param to the number they go to, not blank
   * @return the gateway's acknowledgement
   * @throws IllegalArgumentException naming the parameter if a device is blank
   */
  CompletableFuture<SetForwardingResponse> setForwarding(
      String device, ForwardingType type, String to);

  /**
   * SetForwarding off.
   *
   * @param device the device, not blank
   * @param type the forwarding to turn off
   * @return the gateway's acknowledgement
   * @throws IllegalArgumentException naming {@code device} if it is blank
   */
  CompletableFuture<SetForwardingResponse> cancelForwarding(String device, ForwardingType type);

  /**
   * SnapshotDevice: the calls at a device now.
   *
   * @param device the device, not blank
   * @return the calls and their states, as the gateway reports them
   * @throws IllegalArgumentException naming {@code device} if it is blank
   */
  CompletableFuture<SnapshotDeviceResponse> snapshot(String device);

  /**
   * Starts a monitor on a device, or returns the existing handle for it (concurrent calls for one
   * device share one handle and one MonitorStart). The handle stays valid across reconnects.
   *
   * @param device the device, not blank
   * @return the handle, {@link MonitorState#ACTIVE} once the gateway accepted it; fails with the
   *     gateway's refusal, or with {@link SessionUnavailableException} while reconnecting
   * @throws IllegalArgumentException naming {@code device} if it is blank
   */
  CompletableFuture<Monitor> monitor(String device);

  /**
   * Starts a monitor with a listener for all its events that is in place before MonitorStart is
   * sent, so not even the first event can arrive before it (listeners added to the returned handle
   * see the events after they are added). For a monitor that exists already, adds the listener.
   *
   * @param device the device, not blank
   * @param listener every event of the monitor, in arrival order, on the dispatcher
   * @return the handle, as {@link #monitor(String)}
   * @throws IllegalArgumentException naming {@code device} if it is blank
   */
  CompletableFuture<Monitor> monitor(String device, Consumer<? super MonitorEvent> listener);

  /** {@return the monitors of this session, in the order they were started; a copy} */
  List<Monitor> monitors();

  /**
   * Calls {@code listener} for every event of this type (or a subtype) the session receives, from
   * every monitor and none. In arrival order, on the dispatcher; what it throws is reported as a
   * {@link SessionFault.Kind#LISTENER_FAILED} fault.
   *
   * @param <E> the event type
   * @param type the event class; {@code CstaEvent.class} for all
   * @param listener called with each matching event
   * @return the registration that removes the listener
   */
  <E extends CstaEvent> Registration on(Class<E> type, Consumer<? super E> listener);

  /**
   * Every event as its name and JSON, in arrival order with the typed listeners.
   *
   * @param listener called with each event
   * @return the registration that removes the listener
   */
  Registration onRawEvent(RawEventListener listener);

  /**
   * Adds a listener for state changes, gaps and faults from now on; {@link
   * CstaClient.Builder#listener} adds one that hears the first connect too.
   *
   * @param listener called on the dispatcher
   * @return the registration that removes the listener
   */
  Registration addListener(SessionListener listener);

  /**
   * {@return every event of the session as a reactive stream; each subscriber has its own bounded
   * buffer (see {@link Monitor#events()})}
   */
  Flow.Publisher<CstaEvent> events();

  /**
   * Stops the CSTA session (StopApplicationSession, waiting at most the close timeout), closes the
   * transport and fails whatever is still pending with {@link SessionClosedException}. Idempotent;
   * never throws.
   */
  @Override
  void close();
}
