package org.csta4j.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.support.CallbackFuture;
import org.csta4j.transport.support.SerialExecutor;
import org.jspecify.annotations.Nullable;

/**
 * One connection to a {@link ModelGateway}. Requests and the connect handshake go onto the case's
 * {@link Wire}, where the fault plan may hit them; the gateway's answers and events come back
 * through {@link #answer}, {@link #deliver} and {@link #malformed}. It keeps the SPI contract
 * ({@link CstaTransport}): callbacks in order on one lane, never on the driver thread; loss
 * reported once, after every pending request failed; close fails what is pending. Timeouts (of
 * requests and of the connect) run on the case's virtual time, not on real timers.
 */
final class FaultyTransport implements CstaTransport {
  private final int id;
  private final Wire wire;
  private final ModelGateway gateway;
  private final TransportListener listener;
  private final SerialExecutor callbacks;
  private final Duration connectTimeout;
  private final Object lock = new Object();

  // guarded by lock
  private TransportState state = TransportState.NEW;
  private boolean interrupted;
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private @Nullable CompletableFuture<Void> connecting;
  private Scheduler.@Nullable Cancellable connectTimer;

  /** Devices whose SnapshotDevice the session got a refusal for, on this connection. */
  final Set<String> refusedSnapshots = ConcurrentHashMap.newKeySet();

  private record Pending(
      String method,
      CompletableFuture<Object> future,
      Duration timeout,
      Scheduler.Cancellable timer) {}

  FaultyTransport(
      int id,
      Wire wire,
      ModelGateway gateway,
      TransportListener listener,
      SerialExecutor callbacks,
      Duration connectTimeout) {
    this.id = id;
    this.wire = wire;
    this.gateway = gateway;
    this.listener = listener;
    this.callbacks = callbacks;
    this.connectTimeout = connectTimeout;
  }

  int id() {
    return id;
  }

  // ---------------------------------------------------------------- the SPI

  @Override
  public CompletionStage<Void> connect() {
    CompletableFuture<Void> f = new CallbackFuture<>(callbacks);
    synchronized (lock) {
      if (state != TransportState.NEW) {
        throw new IllegalStateException("connect: the transport is " + state + ", not NEW");
      }
      state = TransportState.CONNECTING;
      connecting = f;
      connectTimer =
          wire.time()
              .schedule(
                  connectTimeout,
                  () ->
                      lose(
                          new ConnectionLostException(
                              "connect: no handshake within "
                                  + connectTimeout.toMillis()
                                  + " ms")));
    }
    report(TransportState.NEW, TransportState.CONNECTING);
    wire.sendConnect(this);
    return f;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R extends CstaResponse> CompletionStage<R> send(
      CstaRequest<R> request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    String method = Wire.methodName(request);
    String key = options.requestId();
    CompletableFuture<Object> f = new CallbackFuture<>(callbacks);
    RuntimeException refused = null;
    synchronized (lock) {
      if (state != TransportState.CONNECTED) {
        refused =
            state == TransportState.CLOSED
                ? new TransportClosedException(method + ": the transport is closed")
                : new ConnectionLostException(method + ": the transport is " + state);
      } else if (pending.containsKey(key)) {
        refused = new IllegalStateException("request id '" + key + "' is already pending");
      } else {
        Scheduler.Cancellable timer = wire.time().schedule(options.timeout(), () -> timeout(key));
        pending.put(key, new Pending(method, f, options.timeout(), timer));
      }
    }
    if (refused != null) {
      f.completeExceptionally(refused); // its dependent stages still run on the lane
    } else {
      wire.sendRequest(this, key, request);
    }
    return (CompletionStage<R>) (CompletionStage<?>) f;
  }

  @Override
  public TransportState state() {
    synchronized (lock) {
      return state;
    }
  }

  @Override
  public void close() {
    TransportState before;
    List<Pending> failed;
    CompletableFuture<Void> connect;
    synchronized (lock) {
      before = state;
      if (before == TransportState.CLOSED) {
        return;
      }
      state = TransportState.CLOSED;
      interrupted = false;
      failed = takePending();
      connect = takeConnecting();
    }
    for (Pending p : failed) {
      p.future.completeExceptionally(
          new TransportClosedException(p.method + ": the transport was closed"));
    }
    if (connect != null) {
      connect.completeExceptionally(new TransportClosedException("closed while connecting"));
    }
    report(before, TransportState.CLOSED);
    gateway.connectionGone(this);
  }

  // ---------------------------------------------------------------- the gateway's side

  /** Number of requests waiting for an answer. */
  int pendingCount() {
    synchronized (lock) {
      return pending.size();
    }
  }

  boolean isPending(String method) {
    synchronized (lock) {
      return pending.values().stream().anyMatch(p -> p.method.equals(method));
    }
  }

  boolean isOpen() {
    return state() == TransportState.CONNECTED;
  }

  boolean isInterrupted() {
    synchronized (lock) {
      return interrupted;
    }
  }

  /** The socket goes; the connection stays CONNECTED while the transport resumes it. */
  boolean interrupt() {
    synchronized (lock) {
      if (state != TransportState.CONNECTED || interrupted) {
        return false;
      }
      interrupted = true;
    }
    callbacks.execute(
        () ->
            listener.onInterrupted(
                new TransportException("connection interrupted: socket closed")));
    return true;
  }

  /** The interrupted connection is back. */
  boolean resume() {
    synchronized (lock) {
      if (state != TransportState.CONNECTED || !interrupted) {
        return false;
      }
      interrupted = false;
    }
    callbacks.execute(listener::onResumed);
    return true;
  }

  /** The handshake succeeded. */
  void accepted() {
    CompletableFuture<Void> connect;
    synchronized (lock) {
      if (state != TransportState.CONNECTING) {
        return;
      }
      state = TransportState.CONNECTED;
      connect = takeConnecting();
    }
    report(TransportState.CONNECTING, TransportState.CONNECTED);
    if (connect != null) {
      connect.complete(null);
    }
  }

  /**
   * Completes a pending request with the gateway's answer (a response or a {@link CstaFailure}), on
   * the driver thread like a transport's I/O thread: dependent stages run on the callback lane,
   * queued ahead of any event delivered after this.
   */
  void answer(String key, Object answer, @Nullable String device) {
    Pending p;
    synchronized (lock) {
      p = pending.remove(key);
    }
    if (p == null) {
      return; // late: timed out or failed already
    }
    p.timer.cancel();
    if (answer instanceof CstaFailure refused) {
      if (device != null) {
        refusedSnapshots.add(device);
      }
      p.future.completeExceptionally(new CstaFailureException(p.method, refused));
    } else {
      p.future.complete(answer);
    }
  }

  /**
   * Answers, and lets {@code then} happen right behind the answer: both before the session's own
   * reaction to the answer runs on the callback lane (as when both arrive in one read).
   */
  void answerThen(String key, Object answer, @Nullable String snapshot, Runnable then) {
    callbacks.execute(
        () -> {
          answer(key, answer, snapshot);
          then.run();
        });
  }

  /** Delivers an event to the session, in order behind everything delivered before. */
  void deliver(@Nullable CstaEvent event) {
    if (event != null && isOpen()) {
      callbacks.execute(() -> listener.onEvent(event));
    }
  }

  /** Reports a message that could not be decoded, instead of delivering it. */
  void malformed(String name) {
    if (isOpen()) {
      callbacks.execute(
          () ->
              listener.onMalformedMessage(
                  name, "{\"" + name + "\":{\"x\":", new IllegalArgumentException("truncated")));
    }
  }

  /** Loses the connection: pending requests fail at once, then the listener hears of it, once. */
  boolean lose(ConnectionLostException cause) {
    TransportState before;
    List<Pending> failed;
    CompletableFuture<Void> connect;
    synchronized (lock) {
      before = state;
      if (before == TransportState.LOST || before == TransportState.CLOSED) {
        return false;
      }
      state = TransportState.LOST;
      interrupted = false;
      failed = takePending();
      connect = takeConnecting();
    }
    for (Pending p : failed) {
      p.future.completeExceptionally(
          new ConnectionLostException(p.method + ": " + cause.getMessage(), cause));
    }
    if (connect != null) {
      connect.completeExceptionally(cause);
    }
    report(before, TransportState.LOST);
    callbacks.execute(() -> listener.onConnectionLost(cause));
    gateway.connectionGone(this);
    return true;
  }

  private void timeout(String key) {
    Pending p;
    synchronized (lock) {
      p = pending.remove(key);
    }
    if (p != null) {
      p.future.completeExceptionally(new RequestTimeoutException(p.method, p.timeout));
    }
  }

  // guarded by lock
  private List<Pending> takePending() {
    List<Pending> all = new ArrayList<>(pending.values());
    pending.clear();
    for (Pending p : all) {
      p.timer.cancel();
    }
    return all;
  }

  // guarded by lock
  private @Nullable CompletableFuture<Void> takeConnecting() {
    CompletableFuture<Void> c = connecting;
    connecting = null;
    if (connectTimer != null) {
      connectTimer.cancel();
      connectTimer = null;
    }
    return c;
  }

  private void report(TransportState from, TransportState to) {
    callbacks.execute(() -> listener.onStateChanged(from, to));
  }

  @Override
  public String toString() {
    return "connection " + id + " (" + state() + ")";
  }
}
