package org.csta4j.spring.boot.internal;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The session's health: UP while {@code ACTIVE}, and while {@code RECONNECTING} for less than the
 * threshold; OUT_OF_SERVICE while reconnecting longer; DOWN, with the reason, once {@code CLOSED}
 * (recovery gave up, the connect failed, or the application closed it); UNKNOWN before the first
 * connect and while connecting. Details: the state, the gateway as {@code scheme://host:port}, and
 * the reason and how long a reconnect has taken when there are any. Never a credential.
 */
public final class CstaHealthIndicator implements HealthIndicator {
  private final SessionStateTracker tracker;
  private final Duration reconnectingThreshold;
  private final String gateway;

  /**
   * The indicator of one tracked session.
   *
   * @param tracker the session's last state
   * @param reconnectingThreshold how long reconnecting still counts as UP
   * @param gateway the gateway as {@code scheme://host:port}
   */
  public CstaHealthIndicator(
      SessionStateTracker tracker, Duration reconnectingThreshold, String gateway) {
    this.tracker = tracker;
    this.reconnectingThreshold = reconnectingThreshold;
    this.gateway = gateway;
  }

  @Override
  public Health health() {
    SessionStateTracker.Snapshot s = tracker.snapshot();
    if (s == null) {
      return Health.unknown()
          .withDetail("state", "NOT_CONNECTED")
          .withDetail("gateway", gateway)
          .build();
    }
    Health.Builder b;
    switch (s.state()) {
      case ACTIVE:
        b = Health.up();
        break;
      case RECONNECTING:
        Duration reconnecting = Duration.ofNanos(tracker.nanoTime() - s.sinceNanos());
        b =
            reconnecting.compareTo(reconnectingThreshold) >= 0
                ? Health.outOfService()
                : Health.up();
        b.withDetail("reconnectingFor", reconnecting.toString());
        break;
      case CLOSED:
        b = Health.down();
        if (s.reason() == null) {
          b.withDetail("reason", "closed by the application");
        }
        break;
      case CONNECTING:
      default:
        b = Health.unknown();
        break;
    }
    b.withDetail("state", s.state().name()).withDetail("gateway", gateway);
    String reason = s.reason();
    if (reason != null) {
      b.withDetail("reason", reason);
    }
    return b.build();
  }
}
