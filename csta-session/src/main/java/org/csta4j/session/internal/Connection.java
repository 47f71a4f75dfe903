package org.csta4j.session.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.MonitorEvent;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionFault;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transport and what the session knows of it: the CSTA session it logged in, the duration the
 * gateway granted, and the routes from the gateway's monitor cross reference ids to handles. Each
 * (re)connect makes a new one; when it is lost or replaced, its routes go with it, so a cross
 * reference id of a dead connection can never reach a handle. It is also the transport's listener,
 * and passes what it hears to its {@link Owner}.
 */
final class Connection implements TransportListener {
  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

  /** Who hears what the transport says; called on the transport's callback lane. */
  interface Owner {
    void received(Connection c, CstaEvent event);

    void lost(Connection c, ConnectionLostException cause);

    void malformed(Connection c, String name, String excerpt, Exception problem);

    void interrupted(Connection c, TransportException cause);

    void resumed(Connection c);
  }

  /** Where the session takes a connection as lost (on the engine lane). */
  interface Loss {
    void lost(Connection c, SessionFault.Kind kind, Throwable cause);
  }

  private final Owner owner;
  private final String name;

  /** Events held for cross reference ids not routed yet, while MonitorStarts wait for answers. */
  private static final int HOLD_LIMIT = 10_000;

  private final Map<String, MonitorHandle> routes = new ConcurrentHashMap<>();
  private final AtomicInteger starting = new AtomicInteger();
  // guarded by this
  private final Map<String, List<MonitorEvent>> held = new HashMap<>();
  private int heldCount;
  private @Nullable CstaTransport transport;

  volatile String sessionId = "";
  volatile Duration granted = Duration.ofMinutes(2);

  /** Set on the transport lane when the dispatch queue refused one of its events. */
  volatile boolean overflowed;

  // engine lane only
  /** The session took this connection as lost; later news of it changes nothing. */
  boolean lost;

  /** Since when the transport has been resuming this connection; null while it is not. */
  @Nullable Instant interruptedAt;

  /** How many interruptions the session took in; one that overlaps a keepalive excuses it. */
  int interruptions;

  /** Takes the connection as lost if the interruption outlasts its bound. */
  Scheduler.@Nullable Cancellable resumeDeadline;

  Connection(Owner owner, String name) {
    this.owner = owner;
    this.name = name;
  }

  void attach(CstaTransport t) {
    this.transport = t;
  }

  CstaTransport transport() {
    CstaTransport t = transport;
    if (t == null) {
      throw new IllegalStateException(name + ": no transport yet");
    }
    return t;
  }

  /**
   * A MonitorStart is about to be sent on this connection: until its answer is routed, events of
   * cross reference ids not yet routed are held, so that those the gateway sends right after its
   * answer reach the handle even when the answer's stage runs after them.
   */
  void startPending() {
    starting.incrementAndGet();
  }

  /** The MonitorStart announced by {@link #startPending} was answered and routed, or failed. */
  synchronized void startDone() {
    if (starting.decrementAndGet() == 0) {
      held.clear();
      heldCount = 0;
    }
  }

  /**
   * Routes events of {@code crossRefId} to {@code handle}; returns the events of it that arrived
   * before, oldest first, for the handle to get now.
   */
  synchronized List<MonitorEvent> route(String crossRefId, MonitorHandle handle) {
    routes.put(crossRefId, handle);
    List<MonitorEvent> early = held.remove(crossRefId);
    if (early == null) {
      return List.of();
    }
    heldCount -= early.size();
    return early;
  }

  void unroute(String crossRefId, MonitorHandle handle) {
    routes.remove(crossRefId, handle);
  }

  /** Whether a handle's events are routed under {@code crossRefId} on this connection. */
  boolean isRouted(String crossRefId) {
    return routes.containsKey(crossRefId);
  }

  /** Drops the events held for {@code crossRefId}: no handle will take them (ADR 0012). */
  synchronized void discard(String crossRefId) {
    List<MonitorEvent> early = held.remove(crossRefId);
    if (early != null) {
      heldCount -= early.size();
    }
  }

  /**
   * On the transport lane: the handle of an event, or null (the event is held while starts wait).
   */
  @Nullable MonitorHandle routeOf(MonitorEvent event) {
    String ref = event.monitorCrossRefId();
    MonitorHandle h = routes.get(ref);
    if (h != null || starting.get() == 0) {
      return h;
    }
    synchronized (this) {
      h = routes.get(ref);
      if (h == null && starting.get() > 0 && heldCount < HOLD_LIMIT) {
        held.computeIfAbsent(ref, r -> new ArrayList<>()).add(event);
        heldCount++;
      }
      return h;
    }
  }

  /**
   * Closes the transport off the calling lane (a transport's close may wait for its socket), and
   * never throws; for callers that do not wait for it.
   */
  void closeQuietly(Executor io) {
    closeInBackground(io, new CompletableFuture<>());
  }

  /**
   * {@link #closeQuietly}, for callers that wait: the future completes (never exceptionally) when
   * the transport is closed.
   */
  CompletableFuture<Void> closing(Executor io) {
    CompletableFuture<Void> closed = new CompletableFuture<>();
    closeInBackground(io, closed);
    return closed;
  }

  private void closeInBackground(Executor io, CompletableFuture<Void> closed) {
    CstaTransport t = transport;
    if (t == null) {
      closed.complete(null);
      return;
    }
    Runnable close =
        () -> {
          try {
            t.close();
          } catch (RuntimeException e) {
            LOG.debug("{}: closing the transport failed", name, e);
          }
          closed.complete(null);
        };
    try {
      io.execute(close);
    } catch (RejectedExecutionException e) {
      close.run();
    }
  }

  /**
   * On the engine lane: the interruption the session knows of is over (resumed, or the connection
   * abandoned); its bound is cancelled. Returns since when it lasted, or null if there was none.
   */
  @Nullable Instant endInterruption() {
    Instant since = interruptedAt;
    interruptedAt = null;
    Scheduler.Cancellable d = resumeDeadline;
    resumeDeadline = null;
    if (d != null) {
      d.cancel();
    }
    return since;
  }

  @Override
  public void onEvent(CstaEvent event) {
    owner.received(this, event);
  }

  @Override
  public void onConnectionLost(ConnectionLostException cause) {
    owner.lost(this, cause);
  }

  @Override
  public void onMalformedMessage(String what, String excerpt, Exception problem) {
    owner.malformed(this, what, excerpt, problem);
  }

  @Override
  public void onInterrupted(TransportException cause) {
    owner.interrupted(this, cause);
  }

  @Override
  public void onResumed() {
    owner.resumed(this);
  }

  @Override
  public String toString() {
    return name;
  }
}
