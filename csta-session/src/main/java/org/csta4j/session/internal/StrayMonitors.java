package org.csta4j.session.internal;

import jakarta.inject.Inject;
import org.csta4j.model.MonitorStop;
import org.csta4j.model.internal.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one rule for a monitor the gateway started that no handle holds (ADR 0012): stop it at the
 * gateway at once, with MonitorStop of its cross reference id on the connection that holds it. Such
 * a monitor comes from a MonitorStart answered after its caller stopped waiting, or answered for a
 * handle that was stopped meanwhile (by the application, or while its restore was in flight). The
 * application hears nothing of it (its future failed already, or it stopped the handle): the stop
 * is logged at DEBUG. On the engine lane.
 */
@SessionScope
final class StrayMonitors {
  private static final Logger LOG = LoggerFactory.getLogger(StrayMonitors.class);

  private final SessionConfig config;
  private final SessionStates states;
  private final RequestTracker requests;

  @Inject
  StrayMonitors(SessionConfig config, SessionStates states, RequestTracker requests) {
    this.config = config;
    this.states = states;
    this.requests = requests;
  }

  /**
   * Stops the gateway's monitor {@code crossRefId} of {@code device} on {@code c}, which no handle
   * holds, unless there is nothing to stop: the connection is lost or no longer the session's (its
   * monitors went with it, or the session's logout ends them), or a handle routes that id after all
   * (a gateway that gave a second MonitorStart the id of the first). {@code why} says, for the log,
   * how it came to be.
   */
  void stop(Connection c, String crossRefId, String device, String why) {
    if (c.lost || !states.isCurrent(c)) {
      LOG.debug(
          "{}: {} on {} ({}) went with its connection", config.name(), crossRefId, device, why);
      return;
    }
    if (c.isRouted(crossRefId)) {
      LOG.debug(
          "{}: {} on {} ({}) is held by a handle: not stopped",
          config.name(),
          crossRefId,
          device,
          why);
      return;
    }
    LOG.debug("{}: stopping {} on {}: {}", config.name(), crossRefId, device, why);
    Stages.whenDone(
        requests.internal(c, MonitorStop.of(crossRefId), config.requestTimeout()),
        (ok, error) -> {
          if (error != null) {
            LOG.debug(
                "{}: MonitorStop of {} on {} failed: {}",
                config.name(),
                crossRefId,
                device,
                Failures.describe(Failures.unwrap(error)));
          }
        });
  }
}
