package org.csta4j.session.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.csta4j.session.Registration;
import org.csta4j.session.SessionFault;

/**
 * The stable handle of a monitor, and its state machine: the one place its state and cross
 * reference id change, always on the session's engine lane. {@link #ALLOWED} is the whole machine
 * ({@code docs/session-states.md} has it in prose): a handle is {@code SUSPENDED} until the gateway
 * first answers its MonitorStart, {@code ACTIVE} only while the gateway holds a monitor under
 * {@link #crossRefId()} on the current connection, {@code SUSPENDED} again from a loss until a
 * restore attempt succeeds, {@code LOST} when the gateway refused to restore it, and {@code
 * STOPPED} for good.
 */
final class MonitorHandle implements Monitor {
  /** Every transition a handle may make. */
  static final Map<MonitorState, Set<MonitorState>> ALLOWED = new EnumMap<>(MonitorState.class);

  static {
    ALLOWED.put(
        MonitorState.SUSPENDED,
        EnumSet.of(MonitorState.ACTIVE, MonitorState.LOST, MonitorState.STOPPED));
    ALLOWED.put(MonitorState.ACTIVE, EnumSet.of(MonitorState.SUSPENDED, MonitorState.STOPPED));
    ALLOWED.put(MonitorState.LOST, EnumSet.of(MonitorState.ACTIVE, MonitorState.STOPPED));
    ALLOWED.put(MonitorState.STOPPED, EnumSet.noneOf(MonitorState.class));
  }

  /** What a handle asks of its session. */
  interface Owner {
    CompletableFuture<Void> stop(MonitorHandle handle);

    Map<String, LocalConnectionState> calls(String device);
  }

  private final Owner owner;
  private final Notifier notifier;
  private final String device;
  private final List<TypedListener<?>> listeners = new CopyOnWriteArrayList<>();
  private final EventPublisher<MonitorEvent> publisher;
  private volatile String crossRefId = "";
  private volatile MonitorState state = MonitorState.SUSPENDED;

  MonitorHandle(String device, Owner owner, Notifier notifier, SessionConfig config) {
    this.device = device;
    this.owner = owner;
    this.notifier = notifier;
    this.publisher =
        new EventPublisher<>(
            "monitor " + device,
            config.executor(),
            config.subscriberBuffer(),
            e -> notifier.fault(SessionFault.Kind.DISPATCH_OVERFLOW, Failures.describe(e), e));
  }

  static boolean allowed(MonitorState from, MonitorState to) {
    return ALLOWED.getOrDefault(from, Set.of()).contains(to);
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
            type, listener, notifier, "listener for " + type.getSimpleName() + " on " + device);
    listeners.add(l);
    return () -> listeners.remove(l);
  }

  @Override
  public Flow.Publisher<MonitorEvent> events() {
    return publisher;
  }

  @Override
  public Map<String, LocalConnectionState> calls() {
    return owner.calls(device);
  }

  @Override
  public CompletableFuture<Void> stop() {
    return owner.stop(this);
  }

  /** On the dispatcher. */
  void deliver(MonitorEvent event) {
    if (state == MonitorState.STOPPED) {
      return;
    }
    for (TypedListener<?> l : listeners) {
      l.offer(event);
    }
    if (publisher.hasSubscribers()) {
      publisher.publish(event);
    }
  }

  // ---------------------------------------------------------------- transitions (engine lane)

  /** The gateway holds this monitor under {@code newCrossRefId} on the current connection. */
  void activate(String newCrossRefId) {
    move(MonitorState.ACTIVE);
    crossRefId = newCrossRefId;
  }

  /** The connection is gone, and the gateway's monitor with it; no-op unless ACTIVE. */
  void suspend() {
    if (state == MonitorState.ACTIVE) {
      move(MonitorState.SUSPENDED);
      crossRefId = "";
    }
  }

  /** The gateway refused to restore it. */
  void lose() {
    move(MonitorState.LOST);
    crossRefId = "";
  }

  /** Stopped by the application or with the session; idempotent. */
  void stopLocally() {
    if (state != MonitorState.STOPPED) {
      move(MonitorState.STOPPED);
      publisher.complete();
    }
  }

  private void move(MonitorState to) {
    MonitorState from = state;
    if (!allowed(from, to)) {
      throw new IllegalStateException(
          "monitor " + device + ": no transition " + from + " -> " + to);
    }
    state = to;
  }

  @Override
  public String toString() {
    return "Monitor{" + device + ", " + state + ", crossRefId=" + crossRefId + "}";
  }
}
