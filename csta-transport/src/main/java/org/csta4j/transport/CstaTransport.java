package org.csta4j.transport;

import java.util.concurrent.CompletionStage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;

/**
 * A message-level connection to one CSTA gateway. The contract every implementation keeps (the
 * {@code csta-transport-testing} suite checks it):
 *
 * <ul>
 *   <li>{@link #connect()} is called once; it completes when requests can be sent, or fails with a
 *       {@link ConnectionLostException} (state {@link TransportState#LOST}) or, when closed while
 *       connecting, a {@link TransportClosedException}; never later than the connect timeout.
 *   <li>{@link #send} completes with the request's typed response, or fails with: {@link
 *       org.csta4j.model.CstaFailureException} (the gateway's CSTA or ECMA-354 negative answer),
 *       {@link GatewayRefusedException}, {@link RequestTimeoutException}, {@link
 *       ConnectionLostException} or {@link TransportClosedException}. It never blocks and never
 *       throws; a request that cannot be sent fails its stage. No stage ever runs user code on the
 *       I/O thread: dependent stages run on the callback executor (see {@link
 *       org.csta4j.transport.support.CallbackFuture}).
 *   <li>Events reach the {@link TransportListener} in arrival order, one at a time.
 *   <li>Loss is reported once, with its cause; at that moment every pending request fails at once.
 *       The transport never reconnects by itself: the session owns recovery. The one exception is a
 *       resume of the same connection within the gateway's window (SignalR's stateful reconnect):
 *       the transport reports {@link TransportListener#onInterrupted} and then exactly one of
 *       {@link TransportListener#onResumed} or {@link TransportListener#onConnectionLost}, and
 *       nothing is lost or repeated in between; a transport without such a resume never reports an
 *       interruption.
 *   <li>{@link #close()} fails every pending request with {@link TransportClosedException},
 *       releases every thread and socket the transport started, and is idempotent.
 * </ul>
 *
 * Implementations are thread-safe: requests may be sent from any thread.
 */
public interface CstaTransport extends AutoCloseable {
  /**
   * Connects. The stage completes when requests can be sent, within {@link
   * TransportConfig#connectTimeout()} whatever the gateway does, or fails with one of:
   *
   * <ul>
   *   <li>{@link ConnectionLostException}: the connection could not be made (refused, no answer
   *       within the connect timeout, TLS, a handshake error or a protocol violation by the
   *       gateway); its message names the gateway and why. The state is then {@link
   *       TransportState#LOST}.
   *   <li>{@link TransportClosedException}: {@link #close()} was called while connecting; the stage
   *       fails at once.
   * </ul>
   *
   * The stage fails with no other type, and connect throws nothing else.
   *
   * @return the stage that completes once connected, on the callback executor's lane
   * @throws IllegalStateException if connect was called before, or the transport is closed
   */
  CompletionStage<Void> connect();

  /**
   * Sends a request; see the class contract for how the stage completes. Never blocks, never throws
   * for a failure of the request: a request that cannot be sent fails its stage.
   *
   * @param <R> the response type the request is typed to
   * @param request the request; a {@link org.csta4j.model.RawRequest} travels under the method it
   *     names
   * @param options its timeout and request id
   * @return the stage of the response, completed on the callback executor's lane
   * @throws NullPointerException if an argument is null
   */
  <R extends CstaResponse> CompletionStage<R> send(CstaRequest<R> request, RequestOptions options);

  /** {@return the current state; it only moves forward (see {@link TransportState})} */
  TransportState state();

  /**
   * Closes the transport: fails every pending request and a connect under way with a {@link
   * TransportClosedException}, then releases its threads and sockets. Idempotent, callable from any
   * thread, a listener's included; it waits at most briefly for a gateway that does not answer.
   */
  @Override
  void close();
}
