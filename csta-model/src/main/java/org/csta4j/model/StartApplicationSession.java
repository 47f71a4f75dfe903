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
  /** {@return who logs in; for uni-tel the vendor login data} */
  ApplicationInfo applicationInfo();

  /**
   * {@return the protocol versions the client can speak, most preferred first; empty for uni-tel,
   * which needs none}
   */
  List<String> requestedProtocolVersions();

  /**
   * {@return how long the session lives without a ResetApplicationSessionTimer; whole seconds on
   * the wire}
   */
  Duration requestedSessionDuration();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if the
   *     requested duration is not positive
   */
  @Value.Check
  default void check() {
    Checks.positive("requestedSessionDuration", requestedSessionDuration());
  }

  /**
   * uni-tel's login with user id, password and PBX domain.
   *
   * @param userId the user to log in as
   * @param password the user's password, never shown by {@code toString()}
   * @param pbxDomain the user's PBX domain
   * @param sessionDuration how long the session should live without a keepalive; whole seconds on
   *     the wire
   * @return the request
   * @throws IllegalArgumentException if {@code sessionDuration} is not positive
   */
  static StartApplicationSession of(
      String userId, String password, String pbxDomain, Duration sessionDuration) {
    return builder()
        .applicationInfo(
            ApplicationInfo.of(ApplicationSpecificInfo.of(userId, password, pbxDomain)))
        .requestedSessionDuration(sessionDuration)
        .build();
  }

  /**
   * {@return a new, empty builder of {@link StartApplicationSession}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartApplicationSession}. */
  class Builder extends ImmutableStartApplicationSession.Builder {}
}
