package org.csta4j.simulator.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.csta4j.model.ApplicationSpecificInfo;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.ResetApplicationSessionTimerNegResponse;
import org.csta4j.model.ResetApplicationSessionTimerPosResponse;
import org.csta4j.model.SessionError;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionNegResponse;
import org.csta4j.model.StartApplicationSessionPosResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.StopApplicationSessionNegResponse;
import org.csta4j.model.StopApplicationSessionPosResponse;

/**
 * The ECMA-354 application session services: log in with the configured users (or the armed
 * reject-login fault), log out, and reset the session timer. The gateway grants at most an hour.
 */
final class ApplicationSessionServices {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The longest session the gateway grants, whatever the client asks. */
  private static final Duration MAX_SESSION = Duration.ofHours(1);

  private ApplicationSessionServices() {}

  static CstaMessage start(StartApplicationSession request, GatewaySession session) {
    CstaGateway gateway = session.gateway();
    String connection = session.connection().id();
    SessionError reject = gateway.faults().rejectLogins;
    if (reject != null) {
      gateway.log().fault("reject-login", "connection " + connection + ": " + reject.wireName());
      return StartApplicationSessionNegResponse.of(reject);
    }
    Optional<ApplicationSpecificInfo> info = request.applicationInfo().applicationSpecificInfo();
    String user = info.flatMap(ApplicationSpecificInfo::userId).orElse("");
    String password = info.flatMap(ApplicationSpecificInfo::password).orElse("");
    String domain = info.flatMap(ApplicationSpecificInfo::pbxDomain).orElse("");
    if (gateway.users().stream().noneMatch(u -> u.accepts(user, password, domain))) {
      gateway.log().protocol("login refused for user '" + user + "' on " + connection);
      return StartApplicationSessionNegResponse.of(SessionError.INVALID_APPLICATION_INFO);
    }
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    String sessionId = HexFormat.of().formatHex(id);
    Duration granted = grant(request.requestedSessionDuration());
    session.open(sessionId, granted);
    gateway.log().protocol("login ok for user '" + user + "' on " + connection);
    return StartApplicationSessionPosResponse.builder()
        .sessionId(sessionId)
        .actualProtocolVersion("http://www.ecma.ch/standards/ecma-323/csta/ed6")
        .actualSessionDuration(granted)
        .build();
  }

  static CstaMessage stop(StopApplicationSession request, GatewaySession session) {
    if (!request.sessionId().equals(session.sessionId())) {
      return StopApplicationSessionNegResponse.of(SessionError.INVALID_SESSION_ID);
    }
    session.logout();
    return StopApplicationSessionPosResponse.of();
  }

  static CstaMessage resetTimer(ResetApplicationSessionTimer request, GatewaySession session) {
    if (!request.sessionId().equals(session.sessionId())) {
      return ResetApplicationSessionTimerNegResponse.of(SessionError.INVALID_SESSION_ID);
    }
    Duration granted = grant(request.requestedSessionDuration());
    session.scheduleExpiry(granted);
    return ResetApplicationSessionTimerPosResponse.of(granted);
  }

  private static Duration grant(Duration requested) {
    return requested.compareTo(MAX_SESSION) > 0 ? MAX_SESSION : requested;
  }
}
