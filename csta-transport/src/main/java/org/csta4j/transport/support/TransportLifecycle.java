package org.csta4j.transport.support;

import java.util.Objects;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.jspecify.annotations.Nullable;

/**
 * The state machine every transport shares ({@link TransportState}), with the SPI's rules: each
 * transition is reported once and in order; loss and close fail every pending request at once,
 * before the listener hears of them; a loss is reported once, with its cause. Thread-safe: any
 * thread may call any method, and concurrent calls decide one winner (one loss, one close). The
 * listener hears of every change through the callback executor, never on the calling thread.
 *
 * <p>A transport that can resume a connection (SignalR's stateful reconnect) also reports its
 * interruptions here ({@link #interrupt}, {@link #resume}): the lifecycle keeps the order the SPI
 * promises ({@link TransportListener#onInterrupted}, then exactly one of {@link
 * TransportListener#onResumed} or {@link TransportListener#onConnectionLost}), and the state stays
 * {@link TransportState#CONNECTED} while interrupted, so requests may still be sent.
 */
public final class TransportLifecycle {
  private final Object lock = new Object();
  // written under lock only, so that each transition has one winner; read without it
  private volatile TransportState state = TransportState.NEW;
  // written under lock only: the socket went and the connection is being resumed
  private volatile boolean interrupted;
  private final TransportListener listener;
  private final SerialExecutor callbacks;
  private final PendingRequests pending;

  /**
   * A lifecycle in state {@link TransportState#NEW}.
   *
   * @param listener told of every transition and of the loss
   * @param callbacks the transport's callback lane, where the listener is called
   * @param pending the transport's pending requests, failed on loss and close
   */
  public TransportLifecycle(
      TransportListener listener, SerialExecutor callbacks, PendingRequests pending) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    this.pending = Objects.requireNonNull(pending, "pending");
  }

  /** {@return the current state; it only moves forward} */
  public TransportState state() {
    return state;
  }

  /**
   * Moves from NEW to CONNECTING, what {@link org.csta4j.transport.CstaTransport#connect()} does
   * first.
   *
   * @throws IllegalStateException if the transport is not NEW (connect was called before)
   */
  public void startConnecting() {
    synchronized (lock) {
      if (state != TransportState.NEW) {
        throw new IllegalStateException("connect: the transport is " + state + ", not NEW");
      }
      state = TransportState.CONNECTING;
    }
    report(TransportState.NEW, TransportState.CONNECTING);
  }

  /**
   * Moves from CONNECTING to CONNECTED.
   *
   * @return true if it did; false if the transport was closed or lost meanwhile
   */
  public boolean connected() {
    synchronized (lock) {
      if (state != TransportState.CONNECTING) {
        return false;
      }
      state = TransportState.CONNECTED;
    }
    report(TransportState.CONNECTING, TransportState.CONNECTED);
    return true;
  }

  /**
   * The connected transport's socket went and it is resuming the connection: the listener hears
   * {@link TransportListener#onInterrupted} once, behind every callback queued before. Pending
   * requests stay pending (their timeouts go on).
   *
   * @param cause why the socket went, naming the gateway
   * @return true if this call interrupted the connection; false if it is not connected (connecting,
   *     lost or closed) or already interrupted
   */
  public boolean interrupt(TransportException cause) {
    Objects.requireNonNull(cause, "cause");
    synchronized (lock) {
      if (state != TransportState.CONNECTED || interrupted) {
        return false;
      }
      interrupted = true;
    }
    callbacks.execute(() -> listener.onInterrupted(cause));
    return true;
  }

  /**
   * The interrupted connection is back: the listener hears {@link TransportListener#onResumed}
   * once. Deliver what arrived on the resumed connection after this call.
   *
   * @return true if this call resumed the connection; false if it was not interrupted, or was lost
   *     or closed meanwhile
   */
  public boolean resume() {
    synchronized (lock) {
      if (state != TransportState.CONNECTED || !interrupted) {
        return false;
      }
      interrupted = false;
    }
    callbacks.execute(listener::onResumed);
    return true;
  }

  /** {@return whether the connection is interrupted now: connected, its socket being resumed} */
  public boolean interrupted() {
    return interrupted;
  }

  /**
   * Moves to LOST, once (an interruption ends with it): pending requests fail with a {@link
   * ConnectionLostException} naming their method and carrying {@code cause}, then the state change
   * and the loss are reported.
   *
   * @param cause why the connection was lost; what the listener hears
   * @return true if this call lost the transport; false if it was already lost or closed
   */
  public boolean lose(ConnectionLostException cause) {
    TransportState before;
    synchronized (lock) {
      before = state;
      if (before == TransportState.LOST || before == TransportState.CLOSED) {
        return false;
      }
      state = TransportState.LOST;
      interrupted = false;
    }
    pending.failAll(m -> new ConnectionLostException(m + ": " + cause.getMessage(), cause));
    report(before, TransportState.LOST);
    callbacks.execute(() -> listener.onConnectionLost(cause));
    return true;
  }

  /**
   * Moves to CLOSED, once: pending requests fail with a {@link TransportClosedException}, then the
   * state change is reported.
   *
   * @return true if this call closed the transport; false if it was already closed
   */
  public boolean close() {
    TransportState before;
    synchronized (lock) {
      before = state;
      if (before == TransportState.CLOSED) {
        return false;
      }
      state = TransportState.CLOSED;
      interrupted = false;
    }
    pending.failAll(m -> new TransportClosedException(m + ": the transport was closed"));
    report(before, TransportState.CLOSED);
    return true;
  }

  /**
   * {@return why a request cannot be sent now, or null when the transport is connected} A {@link
   * TransportClosedException} once closed, else a {@link ConnectionLostException} naming the state.
   *
   * @param method the request's hub method, for the message
   */
  public @Nullable TransportException refusal(String method) {
    TransportState s = state;
    if (s == TransportState.CONNECTED) {
      return null;
    }
    return s == TransportState.CLOSED
        ? new TransportClosedException(method + ": the transport is closed")
        : new ConnectionLostException(method + ": the transport is " + s);
  }

  private void report(TransportState from, TransportState to) {
    callbacks.execute(() -> listener.onStateChanged(from, to));
  }
}
