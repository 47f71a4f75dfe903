package org.csta4j.simulator.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.SessionError;
import org.jspecify.annotations.Nullable;

/** The gateway-level faults currently armed; read by the hub on every invocation. */
final class GatewayFaults {
  final AtomicInteger delayCount = new AtomicInteger();
  volatile Duration delay = Duration.ZERO;
  final AtomicInteger failCount = new AtomicInteger();
  volatile @Nullable String failHubError;
  volatile @Nullable CstaErrorValue failCstaError;
  volatile @Nullable SessionError rejectLogins;

  public void delayNextResponses(int count, Duration delay) {
    this.delay = delay;
    delayCount.set(count);
  }

  public void failNextResponsesWithHubError(int count, String error) {
    failCstaError = null;
    failHubError = error;
    failCount.set(count);
  }

  public void failNextResponsesWithCstaError(int count, CstaErrorValue error) {
    failHubError = null;
    failCstaError = error;
    failCount.set(count);
  }

  public void rejectLogins(@Nullable SessionError error) {
    rejectLogins = error;
  }

  /** Takes one armed delay, or zero. */
  Duration takeDelay() {
    return delayCount.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? delay : Duration.ZERO;
  }

  /** Whether the next response fails. */
  boolean takeFailure() {
    return failCount.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
