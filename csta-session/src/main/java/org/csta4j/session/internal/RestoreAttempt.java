package org.csta4j.session.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.CallChange;
import org.csta4j.session.Gap;
import org.csta4j.session.MonitorState;
import org.csta4j.session.SessionFault;
import org.csta4j.transport.GatewayRefusedException;

/**
 * The monitor half of one reconnect attempt, on a logged-in connection: MonitorStart for each
 * suspended handle, then SnapshotDevice for each restored device (each step in parallel). It only
 * records what the gateway said, and routes the new cross reference ids on the new connection so
 * that no event is missed; the handles change state when the attempt commits, on the engine lane. A
 * refusal (a CSTA error or a hub error) of one device is recorded and the attempt goes on; anything
 * else (no answer, loss) fails the attempt, which then leaves every handle suspended.
 */
final class RestoreAttempt {
  /** Handle to the cross reference id the gateway gave it now. */
  final Map<MonitorHandle, String> restored = new ConcurrentHashMap<>();

  /** Handle to the gateway's refusal of its MonitorStart. */
  final Map<MonitorHandle, Throwable> refused = new ConcurrentHashMap<>();

  /** Devices whose calls the snapshot replaced. */
  final Set<String> resynced = ConcurrentHashMap.newKeySet();

  /** Device to the gateway's refusal of its snapshot. */
  final Map<String, Throwable> snapshotRefused = new ConcurrentHashMap<>();

  private final Connection c;
  private final List<MonitorHandle> handles;
  private final RequestTracker requests;
  private final CallTracker tracker;
  private final EventRouter router;
  private final boolean callTracking;
  private final Duration timeout;

  RestoreAttempt(
      Connection c,
      List<MonitorHandle> handles,
      RequestTracker requests,
      CallTracker tracker,
      EventRouter router,
      SessionConfig config) {
    this.c = c;
    this.handles = List.copyOf(handles);
    this.requests = requests;
    this.tracker = tracker;
    this.router = router;
    this.callTracking = config.callTracking();
    this.timeout = config.requestTimeout();
  }

  /** Restores, then resynchronises; completes with this attempt, or fails the attempt. */
  CompletableFuture<RestoreAttempt> run() {
    return restore().thenCompose(v -> resync()).thenApply(v -> this);
  }

  private CompletableFuture<Void> restore() {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (MonitorHandle h : handles) {
      all.add(
          router.startMonitor(
              c,
              h,
              timeout,
              (crossRefId, error) -> {
                if (error == null) {
                  restored.put(h, crossRefId);
                  return null;
                }
                Throwable why = Failures.unwrap(error);
                if (isRefusal(why)) {
                  refused.put(h, why);
                  return null;
                }
                throw new CompletionException(why);
              }));
    }
    return allOf(all);
  }

  private CompletableFuture<Void> resync() {
    if (!callTracking) {
      return CompletableFuture.completedFuture(null);
    }
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (MonitorHandle h : restored.keySet()) {
      String device = h.device();
      all.add(
          requests
              .internal(c, SnapshotDevice.of(device), timeout)
              .handle(
                  (r, error) -> {
                    // on the transport lane: the snapshot replaces the calls in event order
                    if (error == null) {
                      tracker.replace(device, r);
                      resynced.add(device);
                      return null;
                    }
                    Throwable why = Failures.unwrap(error);
                    if (isRefusal(why)) {
                      snapshotRefused.put(device, why);
                      return null;
                    }
                    throw new CompletionException(why);
                  }));
    }
    return allOf(all);
  }

  /**
   * On the engine lane, once the attempt succeeded: each handle takes what the gateway said (its
   * new cross reference id, or LOST; a monitor restored for a handle stopped meanwhile is stopped
   * at the gateway), refusals are reported, and the gap of the outage is made.
   */
  Gap commit(
      MonitorRegistry registry,
      Notifier notifier,
      StrayMonitors strays,
      Map<String, Map<String, LocalConnectionState>> beforeGap,
      Instant gapBegan,
      Throwable gapCause,
      Clock clock) {
    restored.forEach(
        (h, crossRefId) -> {
          if (h.state() == MonitorState.SUSPENDED) {
            h.activate(crossRefId);
          } else {
            c.unroute(crossRefId, h); // stopped meanwhile: the gateway's monitor too
            strays.stop(c, crossRefId, h.device(), "restored for a handle stopped meanwhile");
          }
        });
    refused.forEach(
        (h, why) -> {
          if (h.state() == MonitorState.SUSPENDED) {
            h.lose();
            notifier.fault(
                SessionFault.Kind.MONITOR_RESTORE_FAILED,
                "monitor on " + h.device() + " not restored: " + Failures.describe(why),
                why);
          }
        });
    snapshotRefused.forEach(
        (device, why) ->
            notifier.fault(
                SessionFault.Kind.RESYNC_FAILED,
                "snapshot of " + device + " failed: " + Failures.describe(why),
                why));
    Set<String> notResynced = new TreeSet<>(snapshotRefused.keySet());
    for (MonitorHandle h : registry.inState(MonitorState.LOST)) {
      notResynced.add(h.device());
    }
    List<CallChange> changes = CallTracker.diff(beforeGap, tracker.all(), resynced);
    return Gap.builder()
        .began(gapBegan)
        .ended(clock.instant())
        .cause(gapCause)
        .changes(changes)
        .resynced(resynced)
        .notResynced(notResynced)
        .build();
  }

  /** The gateway answered, and said no: about this device, not about the connection. */
  static boolean isRefusal(Throwable why) {
    return why instanceof CstaFailureException || why instanceof GatewayRefusedException;
  }

  private static CompletableFuture<Void> allOf(List<CompletableFuture<Void>> all) {
    return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]));
  }
}
