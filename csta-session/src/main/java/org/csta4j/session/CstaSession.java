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
  /** The gateway's id of the current CSTA session; changes when the session logs in again. */
  String sessionId();

  SessionState state();

  /** Sends a request with the client's default timeout. */
  <R extends CstaResponse> CompletableFuture<R> send(CstaRequest<R> request);

  /** Sends a request with its own timeout. */
  <R extends CstaResponse> CompletableFuture<R> send(CstaRequest<R> request, Duration timeout);

  /**
   * The escape hatch: invokes any hub method with a JSON object as its argument and completes with
   * the result's JSON ({@code "null"} when the gateway returned none). CSTA errors still fail the
   * future with {@link org.csta4j.model.CstaFailureException}.
   */
  CompletableFuture<String> sendRaw(String method, String jsonObject);

  /** MakeCall from a device to a number. */
  CompletableFuture<MakeCallResponse> makeCall(String from, String to);

  /** ClearConnection: the device of {@code connection} leaves the call. */
  CompletableFuture<ClearConnectionResponse> clearConnection(ConnectionId connection);

  /** AnswerCall for an alerting connection. */
  CompletableFuture<AnswerCallResponse> answer(ConnectionId connection);

  /** HoldCall. */
  CompletableFuture<HoldCallResponse> hold(ConnectionId connection);

  /** RetrieveCall for a held connection. */
  CompletableFuture<RetrieveCallResponse> retrieve(ConnectionId connection);

  /** TransferCall: joins the held call's other party with the active call's. */
  CompletableFuture<TransferCallResponse> transfer(ConnectionId held, ConnectionId active);

  /** SingleStepTransferCall of an active connection to a number. */
  CompletableFuture<SingleStepTransferCallResponse> singleStepTransfer(
      ConnectionId active, String to);

  /** DeflectCall: sends an alerting call elsewhere. */
  CompletableFuture<DeflectCallResponse> deflect(ConnectionId alerting, String to);

  /** SetDoNotDisturb on or off. */
  CompletableFuture<SetDoNotDisturbResponse> setDoNotDisturb(String device, boolean on);

  /** SetForwarding on, to {@code to}. */
  CompletableFuture<SetForwardingResponse> setForwarding(
      String device, ForwardingType type, String to);

  /** SetForwarding off. */
  CompletableFuture<SetForwardingResponse> cancelForwarding(String device, ForwardingType type);

  /** SnapshotDevice: the calls at a device now. */
  CompletableFuture<SnapshotDeviceResponse> snapshot(String device);

  /**
   * Starts a monitor on a device (or returns the existing handle for it). The handle stays valid
   * across reconnects.
   */
  CompletableFuture<Monitor> monitor(String device);

  /**
   * Starts a monitor with a listener for all its events that is in place before MonitorStart is
   * sent, so not even the first event can arrive before it (listeners added to the returned handle
   * see the events after they are added). For a monitor that exists already, adds the listener.
   */
  CompletableFuture<Monitor> monitor(String device, Consumer<? super MonitorEvent> listener);

  /** The monitors of this session, in the order they were started. */
  List<Monitor> monitors();

  /**
   * Calls {@code listener} for every event of this type (or a subtype) the session receives, from
   * every monitor and none: {@code CstaEvent.class} for all. In arrival order, on the dispatcher.
   */
  <E extends CstaEvent> Registration on(Class<E> type, Consumer<? super E> listener);

  /** Every event as its name and JSON. */
  Registration onRawEvent(RawEventListener listener);

  /** State changes, gaps and faults. */
  Registration addListener(SessionListener listener);

  /** Every event of the session as a reactive stream (see {@link Monitor#events()}). */
  Flow.Publisher<CstaEvent> events();

  /**
   * Stops the CSTA session (StopApplicationSession, waiting briefly), closes the transport and
   * fails whatever is still pending with {@link SessionClosedException}. Idempotent.
   */
  @Override
  void close();
}
