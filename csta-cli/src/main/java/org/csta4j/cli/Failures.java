package org.csta4j.cli;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaFailureException;
import org.csta4j.session.LoginFailedException;
import org.csta4j.session.SessionClosedException;
import org.csta4j.session.SessionUnavailableException;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.RequestTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the library's typed failures into one line and an exit code. The library's messages name
 * the request and quote the gateway, and never contain a password; so may these.
 */
final class Failures {
  private Failures() {}

  /** A failure of connecting and logging in. */
  static CliException connect(URI gateway, String login, Throwable error, Duration timeout) {
    Throwable t = unwrap(error);
    if (t instanceof LoginFailedException) {
      LoginFailedException refused = (LoginFailedException) t;
      CstaFailure answer = refused.failure();
      return new CliException(
          ExitCode.LOGIN_REFUSED,
          "login as "
              + login
              + " refused"
              + (answer == null
                  ? " (" + sentence(refused.getMessage()) + ")"
                  : " (" + answer.errorCategory() + "/" + answer.errorValue() + ")")
              + (refused.isPermanent()
                  ? ". Check --user, --pbx-domain and the password."
                  : ". The gateway may be busy: try again later."),
          t);
    }
    String why =
        t instanceof TimeoutException || t instanceof RequestTimeoutException
            ? "no answer within " + seconds(timeout)
            : sentence(rootMessage(t));
    return new CliException(
        ExitCode.CANNOT_CONNECT,
        "cannot connect to "
            + gateway
            + ": "
            + why
            + ". Check that the gateway is up and that --gateway is its hub URL"
            + " (like https://gateway.example/csta).",
        t);
  }

  /**
   * A failure of a request after login. {@code what} names the request ("MakeCall 100 -> 101"),
   * {@code hint} says what to try when the gateway refused it.
   */
  static CliException request(String what, Throwable error, Duration timeout, String hint) {
    Throwable t = unwrap(error);
    if (t instanceof CstaFailureException) {
      CstaFailureException f = (CstaFailureException) t;
      return new CliException(
          ExitCode.FAILED,
          what
              + ": the gateway refused it ("
              + f.failure().errorCategory()
              + "/"
              + f.failure().errorValue()
              + "). "
              + hint,
          t);
    }
    if (t instanceof TimeoutException || t instanceof RequestTimeoutException) {
      return new CliException(
          ExitCode.FAILED,
          what + ": no answer within " + seconds(timeout) + ". Try a longer --timeout.",
          t);
    }
    if (t instanceof ConnectionLostException
        || t instanceof SessionUnavailableException
        || t instanceof SessionClosedException) {
      return new CliException(
          ExitCode.CANNOT_CONNECT,
          what
              + ": the connection to the gateway was lost ("
              + sentence(rootMessage(t))
              + "). Try again.",
          t);
    }
    if (t instanceof IllegalArgumentException) {
      return new CliException(ExitCode.USAGE, what + ": " + t.getMessage(), t);
    }
    return new CliException(ExitCode.FAILED, what + ": " + rootMessage(t), t);
  }

  /** The failure itself, without the wrappers of futures. */
  static Throwable unwrap(Throwable t) {
    Throwable u = t;
    while ((u instanceof CompletionException || u instanceof ExecutionException)
        && u.getCause() != null) {
      u = u.getCause();
    }
    return u;
  }

  /** The innermost message: the one that says what went wrong on the wire. */
  static String rootMessage(Throwable t) {
    @Nullable String message = null;
    for (@Nullable Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        message = c.getMessage();
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return message != null ? message : t.getClass().getSimpleName();
  }

  /** The text without a closing full stop, so that it can be followed by more. */
  static String sentence(String text) {
    String s = text.strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
