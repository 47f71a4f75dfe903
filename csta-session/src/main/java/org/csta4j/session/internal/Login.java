package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.csta4j.model.ApplicationInfo;
import org.csta4j.model.ApplicationSpecificInfo;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.SessionError;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionNegResponse;
import org.csta4j.model.internal.Failures;
import org.csta4j.session.LoginFailedException;

/**
 * Logs a connection in (StartApplicationSession with the credentials) and tells a permanent refusal
 * (bad credentials, an unsupported protocol: never retried) from a passing one (busy, too many
 * sessions).
 */
@SessionScope
final class Login {
  private final SessionConfig config;
  private final RequestTracker requests;

  @Inject
  Login(SessionConfig config, RequestTracker requests) {
    this.config = config;
    this.requests = requests;
  }

  /**
   * Logs {@code c} in; on success {@code c} knows its CSTA session id and granted duration. Fails
   * with a {@link LoginFailedException} for a refusal, else with what the transport failed with.
   */
  CompletableFuture<Void> login(Connection c) {
    StartApplicationSession request =
        StartApplicationSession.builder()
            .applicationInfo(
                ApplicationInfo.builder()
                    .applicationId(config.applicationId())
                    .applicationSpecificInfo(
                        ApplicationSpecificInfo.of(
                            config.userId(), new String(config.password()), config.pbxDomain()))
                    .build())
            .requestedSessionDuration(config.sessionDuration())
            .build();
    return requests
        .internal(c, request, config.requestTimeout())
        .handle(
            (pos, error) -> {
              if (error != null) {
                throw new CompletionException(refusal(Failures.unwrap(error)));
              }
              c.sessionId = pos.sessionId();
              c.granted = pos.actualSessionDuration();
              return null;
            });
  }

  private Throwable refusal(Throwable error) {
    if (!(error instanceof CstaFailureException refused)) {
      return error;
    }
    CstaFailure f = refused.failure();
    boolean permanent;
    if (f instanceof StartApplicationSessionNegResponse negative) {
      Optional<SessionError> defined = negative.errorCode().definedError();
      permanent =
          defined.isEmpty()
              || defined.get() == SessionError.INVALID_APPLICATION_INFO
              || defined.get() == SessionError.REQUESTED_PROTOCOL_VERSION_NOT_SUPPORTED;
    } else {
      permanent = f.errorCategory().toLowerCase(Locale.ROOT).contains("security");
    }
    return new LoginFailedException(
        "login as "
            + config.userId()
            + "@"
            + config.pbxDomain()
            + " refused: "
            + f.errorCategory()
            + "/"
            + f.errorValue()
            + (permanent ? " (not retried: check the credentials)" : ""),
        f,
        permanent);
  }
}
