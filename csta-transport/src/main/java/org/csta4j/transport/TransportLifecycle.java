package org.csta4j.transport;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The state machine every transport shares ({@link TransportState}), with the SPI's rules: each
 * transition is reported once and in order; loss and close fail every pending request at once,
 * before the listener hears of them; a loss is reported once, with its cause. A helper for plugin
 * authors; thread-safe.
 */
public final class TransportLifecycle {
  private final AtomicReference<TransportState> state = new AtomicReference<>(TransportState.NEW);
  private final TransportListener listener;
  private final SerialExecutor callbacks;
  private final PendingRequests pending;

  public TransportLifecycle(
      TransportListener listener, SerialExecutor callbacks, PendingRequests pending) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    this.pending = Objects.requireNonNull(pending, "pending");
  }

  public TransportState state() {
    return state.get();
  }

  /**
   * NEW to CONNECTING.
   *
   * @throws IllegalStateException if the transport is not NEW (connect was called before)
   */
  public void startConnecting() {
    if (!state.compareAndSet(TransportState.NEW, TransportState.CONNECTING)) {
      throw new IllegalStateException("connect: the transport is " + state.get() + ", not NEW");
    }
    report(TransportState.NEW, TransportState.CONNECTING);
  }

  /** CONNECTING to CONNECTED; false if the transport was closed or lost meanwhile. */
  public boolean connected() {
    if (!state.compareAndSet(TransportState.CONNECTING, TransportState.CONNECTED)) {
      return false;
    }
    report(TransportState.CONNECTING, TransportState.CONNECTED);
    return true;
  }

  /**
   * To LOST, once: pending requests fail with the cause, then the state change and the loss are
   * reported. False if the transport was already lost or closed.
   */
  public boolean lose(ConnectionLostException cause) {
    TransportState before;
    do {
      before = state.get();
      if (before == TransportState.LOST || before == TransportState.CLOSED) {
        return false;
      }
    } while (!state.compareAndSet(before, TransportState.LOST));
    pending.failAll(m -> new ConnectionLostException(m + ": " + cause.getMessage(), cause));
    report(before, TransportState.LOST);
    callbacks.execute(() -> listener.onConnectionLost(cause));
    return true;
  }

  /** To CLOSED, once: pending requests fail; false if it was already closed. */
  public boolean close() {
    TransportState before = state.getAndSet(TransportState.CLOSED);
    if (before == TransportState.CLOSED) {
      return false;
    }
    pending.failAll(m -> new TransportClosedException(m + ": the transport was closed"));
    report(before, TransportState.CLOSED);
    return true;
  }

  /** Why a request cannot be sent now, or null when the transport is connected. */
  public @Nullable TransportException refusal(String method) {
    TransportState s = state.get();
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
