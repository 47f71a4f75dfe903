package org.csta4j.cli;

import static org.csta4j.model.internal.Failures.describe;
import static org.csta4j.model.internal.Failures.unwrap;

import java.net.URI;
import java.time.Duration;
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
    if (t instanceof LoginFailedException refused) {
      CstaFailure answer = refused.failure();
      return new CliException(
          ExitCode.LOGIN_REFUSED,
          "login as "
              + login
              + " refused"
              + (answer == null
                  ? " (" + sentence(describe(refused)) + ")"
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
    if (t instanceof CstaFailureException f) {
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
      return new CliException(ExitCode.USAGE, what + ": " + describe(t), t);
    }
    return new CliException(ExitCode.FAILED, what + ": " + rootMessage(t), t);
  }

  /** The innermost message: the one that says what went wrong on the wire. */
  static String rootMessage(Throwable t) {
    @Nullable String message = null;
    for (@Nullable Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage();
      if (m != null && !m.isBlank()) {
        message = m;
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
