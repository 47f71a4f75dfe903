package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.jspecify.annotations.Nullable;

/**
 * Starts and stops monitors for the application: claims the device's handle (one per device, even
 * for callers racing), sends MonitorStart from the engine lane, routes the gateway's cross
 * reference id on the transport lane before any later event, and activates the handle on the engine
 * lane only if its connection is still the active one. The caller waits a request timeout; the
 * session waits longer for the answer, and stops a monitor that comes too late, or for a handle
 * that was stopped meanwhile ({@link StrayMonitors}, ADR 0012).
 */
@SessionScope
final class MonitorStarts implements MonitorHandle.Owner {
  private static final String MONITOR_START = "MonitorStart";

  private final SessionConfig config;
  private final SessionStates states;
  private final EngineLane engine;
  private final RequestTracker requests;
  private final MonitorRegistry registry;
  private final CallTracker tracker;
  private final Notifier notifier;
  private final Recovery recovery;
  private final EventRouter router;
  private final StrayMonitors strays;

  @Inject
  MonitorStarts(
      SessionConfig config,
      SessionStates states,
      EngineLane engine,
      RequestTracker requests,
      MonitorRegistry registry,
      CallTracker tracker,
      Notifier notifier,
      Recovery recovery,
      EventRouter router,
      StrayMonitors strays) {
    this.config = config;
    this.states = states;
    this.engine = engine;
    this.requests = requests;
    this.registry = registry;
    this.tracker = tracker;
    this.notifier = notifier;
    this.recovery = recovery;
    this.router = router;
    this.strays = strays;
  }

  /** The handle of {@code device}, started if it is new (or LOST); see {@code CstaSession}. */
  CompletableFuture<Monitor> monitor(
      String device, @Nullable Consumer<? super MonitorEvent> listener) {
    MonitorRegistry.Claim claim =
        registry.claim(device, d -> new MonitorHandle(d, this, notifier, config));
    if (listener != null) {
      claim.handle().on(MonitorEvent.class, listener); // before the gateway can send an event
    }
    if (claim.mustStart()) {
      requests.track(claim.started());
      engine.execute(() -> start(claim));
    }
    return claim.started().copy();
  }

  List<MonitorHandle> handles() {
    return registry.handles();
  }

  private void start(MonitorRegistry.Claim claim) {
    MonitorHandle h = claim.handle();
    Connection c = states.active();
    RequestTracker.Timing timing = requests.timing(MONITOR_START);
    if (c == null) {
      RuntimeException refused = recovery.refusal(MONITOR_START);
      timing.refused(refused);
      settle(claim, null, refused);
      return;
    }
    Stages.whenDone(
        router.startMonitor(
            c,
            h,
            config.requestTimeout(),
            config.monitorStartWait(),
            (crossRefId, error) -> {
              // the caller's outcome, at its decision: the answer in time, or the caller's timeout
              timing.done(error == null ? null : Failures.unwrap(error));
              return new StartAnswer(crossRefId, error);
            },
            late ->
                engine.execute(
                    () ->
                        strays.stop(
                            c, late, h.device(), "answered after its caller's request timeout"))),
        (answer, failed) ->
            engine.execute(
                () -> {
                  if (answer != null) {
                    started(c, claim, answer.crossRefId(), answer.error());
                  } else {
                    started(c, claim, null, failed); // routing the answer itself failed
                  }
                }));
  }

  private void started(
      Connection c,
      MonitorRegistry.Claim claim,
      @Nullable String crossRefId,
      @Nullable Throwable error) {
    MonitorHandle h = claim.handle();
    if (crossRefId == null) { // the request failed: error says why
      settle(claim, null, error);
      return;
    }
    if (c.lost || states.active() != c || h.state() == MonitorState.STOPPED) {
      // the answer came, but its connection is gone, the session closed or the handle was
      // stopped meanwhile: nothing holds it now
      c.unroute(crossRefId, h);
      strays.stop(c, crossRefId, h.device(), "answered for a handle stopped meanwhile");
      settle(claim, null, recovery.refusal(MONITOR_START));
      return;
    }
    registry.started(h);
    h.activate(crossRefId);
    tracker.track(h.device());
    settle(claim, h, null);
  }

  /** Completes the callers' future: with the handle, or (h null) failed with {@code error}. */
  private void settle(MonitorRegistry.Claim claim, @Nullable Monitor h, @Nullable Throwable error) {
    requests.untrack(claim.started());
    if (h == null) {
      registry.startFailed(claim.handle());
    }
    requests.complete(
        claim.started(),
        h,
        h != null
            ? null
            : Failures.unwrap(
                Objects.requireNonNullElseGet(
                    error,
                    () -> new IllegalStateException("MonitorStart: no answer and no error"))));
  }

  /** Stops a monitor at the gateway (when connected) and locally; on the engine lane. */
  @Override
  public CompletableFuture<Void> stop(MonitorHandle h) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    engine.execute(
        () -> {
          boolean wasActive = h.state() == MonitorState.ACTIVE;
          String ref = h.crossRefId();
          h.stopLocally();
          registry.remove(h);
          tracker.forget(h.device());
          Connection c = states.active();
          if (c != null) {
            c.unroute(ref, h);
          }
          if (!wasActive || c == null) {
            requests.complete(done, null, null);
            return;
          }
          Stages.whenDone(
              requests.send(
                  c,
                  MonitorStop.of(ref),
                  config.requestTimeout(),
                  () -> recovery.refusal("MonitorStop")),
              (ok, e) -> requests.complete(done, null, e));
        });
    return done;
  }

  @Override
  public Map<String, LocalConnectionState> calls(String device) {
    return tracker.calls(device);
  }

  /** What {@link EventRouter#startMonitor} reports of one MonitorStart. */
  private record StartAnswer(@Nullable String crossRefId, @Nullable Throwable error) {}
}
