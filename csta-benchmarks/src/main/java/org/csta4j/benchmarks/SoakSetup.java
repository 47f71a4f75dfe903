package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.Random;
import org.csta4j.session.CstaClient;
import org.csta4j.session.ReconnectPolicy;
import org.csta4j.session.SessionListener;

/** The client every soak uses: short timeouts, so that each fault costs seconds at most. */
final class SoakSetup {
  /** Granted in full by the simulator: a keepalive every 2 s, so a half-open socket is found. */
  static final Duration SESSION_DURATION = Duration.ofSeconds(4);

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /**
   * The longest a half-open connection can stay unnoticed: a keepalive interval (half the session
   * duration) plus the keepalive's timeout (the request timeout, at most that interval).
   */
  static final Duration HALF_OPEN_NOTICED =
      SESSION_DURATION.dividedBy(2).plus(min(REQUEST_TIMEOUT, SESSION_DURATION.dividedBy(2)));

  private SoakSetup() {}

  static CstaClient client(SoakGateway gateway, SessionListener listener, long seed) {
    return CstaClient.builder()
        .gateway(gateway.hubUrl())
        .credentials(SoakGateway.USER, SoakGateway.PASSWORD, SoakGateway.DOMAIN)
        .sessionDuration(SESSION_DURATION)
        .requestTimeout(REQUEST_TIMEOUT)
        .connectTimeout(CONNECT_TIMEOUT)
        .reconnectPolicy(
            ReconnectPolicy.builder()
                .initialBackoff(Duration.ofMillis(50))
                .maxBackoff(Duration.ofSeconds(1))
                .build())
        .random(new Random(seed + 2))
        .listener(listener)
        .build();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
