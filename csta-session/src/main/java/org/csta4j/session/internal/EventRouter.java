package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.UnknownEvent;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.RawEventListener;
import org.csta4j.session.Registration;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionFault;
import org.csta4j.transport.RequestTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The way of an event: routed on its connection's transport lane (to the handle its cross reference
 * id names, through call tracking, into the bounded dispatch queue), then delivered on the
 * dispatcher to session-wide listeners, the handle's listeners, raw listeners and publishers, in
 * arrival order.
 */
@SessionScope
final class EventRouter {
  private final Dispatcher dispatcher;
  private final CallTracker tracker;
  private final Notifier notifier;
  private final RequestTracker requests;
  private final boolean callTracking;
  private final Scheduler scheduler;
  private final CstaCodec codec;
  private final List<TypedListener<?>> listeners = new CopyOnWriteArrayList<>();
  private final List<RawEventListener> rawListeners = new CopyOnWriteArrayList<>();
  private final EventPublisher<CstaEvent> publisher;

  @Inject
  EventRouter(
      SessionConfig config,
      Dispatcher dispatcher,
      CallTracker tracker,
      Notifier notifier,
      RequestTracker requests) {
    this.dispatcher = dispatcher;
    this.tracker = tracker;
    this.notifier = notifier;
    this.requests = requests;
    this.callTracking = config.callTracking();
    this.scheduler = config.scheduler();
    this.codec = config.codec();
    this.publisher =
        new EventPublisher<>(
            "session " + config.name(),
            config.executor(),
            config.subscriberBuffer(),
            e -> notifier.fault(SessionFault.Kind.DISPATCH_OVERFLOW, Failures.describe(e), e));
  }

  /**
   * On {@code c}'s transport lane: routes and queues an event; false if the dispatch queue is full
   * (the event is not taken, and the caller must recover). An event of a cross reference id that no
   * handle routes, and that no MonitorStart in flight may claim, reaches session-wide listeners
   * only, and its monitor is not stopped: the application may have started it itself (ADR 0012).
   */
  boolean route(Connection c, CstaEvent event) {
    MonitorHandle handle = null;
    if (event instanceof MonitorEvent m) {
      handle = c.routeOf(m);
      if (handle != null && callTracking) {
        tracker.apply(handle.device(), m);
      }
    }
    MonitorHandle h = handle;
    return dispatcher.offerEvent(() -> deliver(event, h));
  }

  /**
   * Sends MonitorStart for {@code handle} on {@code c}, for a restore: the answer counts whenever
   * it comes within {@code timeout}. On the transport lane, before any later event, the answer's
   * cross reference id is routed to the handle, and the events of it that came before the answer's
   * stage ran (they reached session-wide listeners when they arrived; they were few, held only
   * while the MonitorStart waited, so they join the dispatch queue without counting against its
   * bound) go to the handle now. Then {@code answered} gets the cross reference id or the failure,
   * in the same stage.
   */
  <T> CompletableFuture<T> startMonitor(
      Connection c,
      MonitorHandle handle,
      Duration timeout,
      BiFunction<@Nullable String, @Nullable Throwable, T> answered) {
    c.startPending();
    return requests
        .internal(c, MonitorStart.device(handle.device()), timeout)
        .handle(
            (r, error) -> {
              String crossRefId = error == null ? route(c, handle, r.monitorCrossRefId()) : null;
              c.startDone();
              return answered.apply(crossRefId, error);
            });
  }

  /**
   * Sends MonitorStart for {@code handle} on {@code c}, for a caller who waits {@code patience}
   * (ADR 0012): the request itself waits up to {@code wait} (longer) at the transport, so that the
   * gateway's answer is not dropped. An answer within {@code patience} is routed as for a restore
   * and goes to {@code answered}; without one, {@code answered} gets a {@link
   * RequestTimeoutException} at {@code patience}. What is decided first (the answer or the timeout)
   * is decided once. An answer after {@code patience} is not routed: the events of its id held so
   * far are dropped, and its cross reference id goes to {@code late}, on the transport lane.
   */
  <T> CompletableFuture<T> startMonitor(
      Connection c,
      MonitorHandle handle,
      Duration patience,
      Duration wait,
      BiFunction<@Nullable String, @Nullable Throwable, T> answered,
      Consumer<String> late) {
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicBoolean decided = new AtomicBoolean();
    Scheduler.Cancellable timer =
        scheduler.schedule(
            patience,
            () -> {
              if (decided.compareAndSet(false, true)) {
                settle(
                    result, answered, null, new RequestTimeoutException("MonitorStart", patience));
              }
            });
    c.startPending();
    Stages.whenDone(
        requests.internal(c, MonitorStart.device(handle.device()), wait),
        (r, error) -> {
          boolean inTime = decided.compareAndSet(false, true);
          String crossRefId = r == null ? null : r.monitorCrossRefId();
          if (crossRefId != null) {
            if (inTime) {
              route(c, handle, crossRefId);
            } else {
              c.discard(crossRefId);
            }
          }
          c.startDone();
          if (inTime) {
            timer.cancel();
            settle(result, answered, crossRefId, error);
          } else if (crossRefId != null) {
            late.accept(crossRefId);
          }
        });
    return result;
  }

  /** Routes {@code crossRefId} to {@code handle} and hands it the events held for it; the id. */
  private String route(Connection c, MonitorHandle handle, String crossRefId) {
    for (MonitorEvent early : c.route(crossRefId, handle)) {
      if (callTracking) {
        tracker.apply(handle.device(), early);
      }
      dispatcher.control(() -> handle.deliver(early));
    }
    return crossRefId;
  }

  private static <T> void settle(
      CompletableFuture<T> result,
      BiFunction<@Nullable String, @Nullable Throwable, T> answered,
      @Nullable String crossRefId,
      @Nullable Throwable error) {
    try {
      result.complete(answered.apply(crossRefId, error));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  /** On the dispatcher: every listener that wants this event. */
  private void deliver(CstaEvent event, @Nullable MonitorHandle handle) {
    for (TypedListener<?> l : listeners) {
      l.offer(event);
    }
    if (handle != null && event instanceof MonitorEvent m) {
      handle.deliver(m);
    }
    if (!rawListeners.isEmpty()) {
      String name = event instanceof UnknownEvent u ? u.name() : codec.registry().eventName(event);
      String json = new String(codec.encode(event), StandardCharsets.UTF_8);
      for (RawEventListener l : rawListeners) {
        notifier.invoke("raw event listener", () -> l.onEvent(name, json));
      }
    }
    if (publisher.hasSubscribers()) {
      publisher.publish(event);
    }
  }

  <E extends CstaEvent> Registration on(Class<E> type, Consumer<? super E> listener) {
    TypedListener<E> l =
        new TypedListener<>(type, listener, notifier, "listener for " + type.getSimpleName());
    listeners.add(l);
    return () -> listeners.remove(l);
  }

  Registration onRaw(RawEventListener listener) {
    Objects.requireNonNull(listener, "listener");
    rawListeners.add(listener);
    return () -> rawListeners.remove(listener);
  }

  Flow.Publisher<CstaEvent> events() {
    return publisher;
  }

  /** Ends the session's streams; for close. */
  void complete() {
    publisher.complete();
  }
}
