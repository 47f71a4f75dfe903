package org.csta4j.model;

import java.time.Duration;
import java.util.List;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Logs in (ECMA-354). uni-tel reads the credentials from {@link
 * ApplicationInfo#applicationSpecificInfo()} and grants a session for about {@link
 * #requestedSessionDuration()}.
 */
@Value.Immutable
public interface StartApplicationSession extends CstaRequest<StartApplicationSessionPosResponse> {
  ApplicationInfo applicationInfo();

  /** Protocol versions the client can speak, most preferred first; uni-tel needs none. */
  List<String> requestedProtocolVersions();

  /**
   * How long the session lives without a ResetApplicationSessionTimer; whole seconds on the wire.
   */
  Duration requestedSessionDuration();

  @Value.Check
  default void check() {
    Checks.positive("requestedSessionDuration", requestedSessionDuration());
  }

  /** uni-tel's login with user id, password and PBX domain. */
  static StartApplicationSession of(
      String userId, String password, String pbxDomain, Duration sessionDuration) {
    return builder()
        .applicationInfo(
            ApplicationInfo.of(ApplicationSpecificInfo.of(userId, password, pbxDomain)))
        .requestedSessionDuration(sessionDuration)
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartApplicationSession}. */
  class Builder extends ImmutableStartApplicationSession.Builder {}
}
