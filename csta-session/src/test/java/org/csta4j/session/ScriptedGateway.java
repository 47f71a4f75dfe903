package org.csta4j.session;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.ResetApplicationSessionTimerPosResponse;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionPosResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.StopApplicationSessionPosResponse;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.testing.InMemoryTransport;
import org.jspecify.annotations.Nullable;

/**
 * A transport factory for unit tests of the session's logic: each connect makes an {@link
 * InMemoryTransport} that answers the session's housekeeping (login, keepalive, monitors,
 * snapshots, logout) the way a gateway would, unless a test overrides an answer.
 */
final class ScriptedGateway implements CstaTransportFactory {
  final BlockingQueue<InMemoryTransport> created = new LinkedBlockingQueue<>();
  final List<InMemoryTransport> all = new CopyOnWriteArrayList<>();
  final AtomicInteger logins = new AtomicInteger();
  final AtomicInteger monitors = new AtomicInteger();
  final Map<String, SnapshotDeviceResponse> snapshots = new ConcurrentHashMap<>();
  volatile Duration granted = Duration.ofSeconds(40);
  volatile Duration regranted = Duration.ofSeconds(40);
  volatile @Nullable String failConnects;

  /** Overrides: return an answer, or null to fall through to the default. */
  volatile Function<InMemoryTransport.SentRequest, @Nullable CstaMessage> override = r -> null;

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public boolean supports(java.net.URI gateway) {
    return true;
  }

  @Override
  public CstaTransport create(TransportConfig config, TransportListener listener) {
    InMemoryTransport t = InMemoryTransport.create(config, listener);
    String fail = failConnects;
    if (fail != null) {
      t.failConnect(fail);
    }
    t.responder(this::answer);
    all.add(t);
    created.add(t);
    return t;
  }

  InMemoryTransport awaitTransport() throws InterruptedException {
    InMemoryTransport t = created.poll(20, TimeUnit.SECONDS);
    if (t == null) {
      throw new AssertionError("no transport was created within 20 s");
    }
    return t;
  }

  /** Waits until every transport made is closed or lost; fails naming those that are not. */
  void awaitAllEnded() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      List<String> open = new java.util.ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        org.csta4j.transport.TransportState s = all.get(i).state();
        if (s != org.csta4j.transport.TransportState.CLOSED
            && s != org.csta4j.transport.TransportState.LOST) {
          open.add("transport " + (i + 1) + " of " + all.size() + " is " + s);
        }
      }
      if (open.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("left open after close: " + open);
      }
      Thread.onSpinWait();
    }
  }

  /** Request types left for the test to answer (taken with {@code awaitRequest}). */
  final java.util.Set<Class<?>> unanswered = ConcurrentHashMap.newKeySet();

  private @Nullable CstaMessage answer(InMemoryTransport.SentRequest r) {
    for (Class<?> type : unanswered) {
      if (type.isInstance(r.request())) {
        return null;
      }
    }
    CstaMessage custom = override.apply(r);
    if (custom != null) {
      return custom;
    }
    Object q = r.request();
    if (q instanceof StartApplicationSession) {
      return StartApplicationSessionPosResponse.builder()
          .sessionId("s-" + logins.incrementAndGet())
          .actualSessionDuration(granted)
          .build();
    }
    if (q instanceof ResetApplicationSessionTimer) {
      return ResetApplicationSessionTimerPosResponse.of(regranted);
    }
    if (q instanceof StopApplicationSession) {
      return StopApplicationSessionPosResponse.builder().build();
    }
    if (q instanceof MonitorStart) {
      return MonitorStartResponse.of("ref-" + monitors.incrementAndGet());
    }
    if (q instanceof SnapshotDevice snapshot) {
      String device = snapshot.snapshotObject().value();
      return snapshots.getOrDefault(device, SnapshotDeviceResponse.builder().build());
    }
    return null;
  }
}
