package org.csta4j.session.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.csta4j.session.Registration;
import org.csta4j.session.SessionFault;

/** The stable handle of a monitor: the session rebinds it to each new cross reference id. */
final class MonitorHandle implements Monitor {
  private final DefaultSession session;
  private final String device;
  private final List<TypedListener<?>> listeners = new CopyOnWriteArrayList<>();
  private final EventPublisher<MonitorEvent> publisher;
  private volatile String crossRefId = "";
  private volatile MonitorState state = MonitorState.SUSPENDED;

  MonitorHandle(DefaultSession session, String device, SessionConfig config) {
    this.session = session;
    this.device = device;
    this.publisher =
        new EventPublisher<>(
            "monitor " + device,
            config.executor,
            config.subscriberBuffer,
            e -> session.fault(SessionFault.Kind.DISPATCH_OVERFLOW, e.getMessage(), e));
  }

  @Override
  public String device() {
    return device;
  }

  @Override
  public String crossRefId() {
    return crossRefId;
  }

  @Override
  public MonitorState state() {
    return state;
  }

  @Override
  public <E extends MonitorEvent> Registration on(Class<E> type, Consumer<? super E> listener) {
    TypedListener<E> l =
        new TypedListener<>(
            type, listener, session, "listener for " + type.getSimpleName() + " on " + device);
    listeners.add(l);
    return () -> listeners.remove(l);
  }

  @Override
  public Flow.Publisher<MonitorEvent> events() {
    return publisher;
  }

  @Override
  public Map<String, LocalConnectionState> calls() {
    return session.calls(device);
  }

  @Override
  public CompletableFuture<Void> stop() {
    return session.stop(this);
  }

  /** On the dispatcher. */
  void deliver(MonitorEvent event) {
    for (TypedListener<?> l : listeners) {
      l.offer(event);
    }
    if (publisher.hasSubscribers()) {
      publisher.publish(event);
    }
  }

  void activate(String newCrossRefId) {
    crossRefId = newCrossRefId;
    if (state != MonitorState.STOPPED) {
      state = MonitorState.ACTIVE;
    }
  }

  void suspend() {
    if (state == MonitorState.ACTIVE) {
      state = MonitorState.SUSPENDED;
    }
  }

  void lose() {
    if (state != MonitorState.STOPPED) {
      state = MonitorState.LOST;
    }
  }

  void stopLocally() {
    state = MonitorState.STOPPED;
    publisher.complete();
  }

  @Override
  public String toString() {
    return "Monitor{" + device + ", " + state + ", crossRefId=" + crossRefId + "}";
  }
}
