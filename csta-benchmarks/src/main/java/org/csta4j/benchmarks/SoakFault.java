package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.csta4j.model.OperationError;
import org.csta4j.model.SessionError;
import org.csta4j.simulator.Faults;

/** The fault kinds a soak draws from, each injected through the simulator's {@link Faults}. */
enum SoakFault {
  TCP_RESET("TCP reset"),
  CLEAN_CLOSE("clean close"),
  CLOSE_WITH_ERROR("close with error"),
  HALF_OPEN("half-open"),
  SESSION_EXPIRY("session expiry"),
  GATEWAY_RESTART("gateway restart"),
  SLOW_RESPONSES("slow responses"),
  HUB_ERRORS("failed responses (hub error)"),
  CSTA_ERRORS("failed responses (CSTA error)"),
  REFUSED_LOGINS("logins refused as busy, for a while"),
  MALFORMED_FRAME("malformed frame"),
  UNKNOWN_EVENT("unknown event");

  /** The hub error that {@link #HUB_ERRORS} answers with. */
  static final String HUB_ERROR = "soak: injected hub error";

  /** The delays of {@link #SLOW_RESPONSES}: within and beyond the soak's request timeout. */
  static final Duration SHORT_DELAY = Duration.ofMillis(300);

  static final Duration LONG_DELAY = SoakSetup.REQUEST_TIMEOUT.plusMillis(500);

  /** Kinds that end the connection (or the CSTA session) at once, so the session notices in ms. */
  static final Set<SoakFault> BREAKING =
      EnumSet.of(TCP_RESET, CLEAN_CLOSE, CLOSE_WITH_ERROR, SESSION_EXPIRY, GATEWAY_RESTART);

  /** Kinds armed at the gateway for the next responses, whatever connection sends them. */
  static final Set<SoakFault> ARMED =
      EnumSet.of(SLOW_RESPONSES, HUB_ERRORS, CSTA_ERRORS, REFUSED_LOGINS);

  /** How long {@link #REFUSED_LOGINS} refuses logins, at most. */
  static final Duration LONGEST_REFUSAL = Duration.ofMillis(1200);

  final String label;

  SoakFault(String label) {
    this.label = label;
  }

  static SoakFault any(Random random) {
    return values()[random.nextInt(values().length)];
  }

  /** The name of the unknown event with this serial number: unique, so each can be found. */
  static String unknownEventName(int serial) {
    return "SoakEvent" + serial;
  }

  /**
   * Injects this fault with the soak's parameters (drawn from {@code random}); {@code serial} names
   * an unknown event. Returns how many connections or sessions it hit, or -1 for an armed fault (it
   * hits the next responses).
   */
  int inject(SoakGateway gateway, Random random, int serial) {
    Faults f = gateway.sim().faults();
    return switch (this) {
      case TCP_RESET -> f.dropAllConnections();
      case CLEAN_CLOSE -> f.closeAllConnections();
      case CLOSE_WITH_ERROR -> f.closeAllConnectionsWithError("soak");
      case HALF_OPEN -> f.stopAnsweringPings();
      case SESSION_EXPIRY -> f.expireSessions();
      case GATEWAY_RESTART -> {
        gateway.restart();
        yield 1;
      }
      case SLOW_RESPONSES -> {
        f.delayNextResponses(
            1 + random.nextInt(3), random.nextBoolean() ? SHORT_DELAY : LONG_DELAY);
        yield -1;
      }
      case HUB_ERRORS -> {
        f.failNextResponses(1 + random.nextInt(2), HUB_ERROR);
        yield -1;
      }
      case CSTA_ERRORS -> {
        f.failNextResponses(1 + random.nextInt(2), OperationError.GENERIC);
        yield -1;
      }
      case REFUSED_LOGINS -> {
        f.rejectLogins(
            random.nextBoolean()
                ? SessionError.SERVER_RESOURCES_BUSY
                : SessionError.MAX_NUMBER_SESSIONS);
        f.schedule(
            Duration.ofMillis(200 + random.nextInt((int) LONGEST_REFUSAL.toMillis() - 200)),
            f::acceptLogins);
        yield -1;
      }
      case MALFORMED_FRAME -> f.sendMalformedFrame();
      case UNKNOWN_EVENT -> f.sendUnknownEvent(unknownEventName(serial), "{\"n\":" + serial + "}");
    };
  }
}
