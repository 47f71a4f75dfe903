package org.csta4j.spring.boot.internal;

import org.csta4j.session.LoginFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a session that could not log in or connect at start-up into one "APPLICATION FAILED TO
 * START" description and action, instead of a stack of bean errors: a refused login points at the
 * credentials, anything else at the gateway's address and reachability. The password never appears:
 * csta4j's messages never hold it, and should the configured one occur in a message anyway, it is
 * masked.
 */
public final class CstaFailureAnalyzer implements FailureAnalyzer {
  private final Environment environment;

  /**
   * An analyzer; Spring Boot makes it with the application's environment.
   *
   * @param environment where {@code csta.password} is read from, to mask it
   */
  public CstaFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    CstaStartupException startup = find(failure, CstaStartupException.class);
    LoginFailedException login = find(failure, LoginFailedException.class);
    if (login != null) {
      String where = startup == null ? "" : " at " + startup.gateway();
      String description =
          "The CSTA gateway" + where + " refused the session's login: " + login.getMessage() + ".";
      String action =
          login.isPermanent()
              ? "Check csta.username, csta.password and csta.pbx-domain: the gateway rejected"
                  + " these credentials, and trying again with them cannot succeed."
              : "The gateway refused the login for now (it gave a reason that may pass). Start the"
                  + " application again later, or set csta.connect-on-startup=false to start"
                  + " without a session and connect on first use.";
      return new FailureAnalysis(mask(description), action, failure);
    }
    if (startup != null) {
      Throwable cause = startup.getCause();
      String description =
          "Could not connect to the CSTA gateway at "
              + startup.gateway()
              + " (as "
              + startup.login()
              + ") while the application started: "
              + (cause == null ? "no reason given" : SessionStateTracker.describe(cause))
              + ".";
      String action =
          "Check csta.gateway (the hub URL, e.g. https://gateway.example/csta) and that the"
              + " gateway is running and reachable from here (DNS, firewall, proxy, TLS);"
              + " csta.connect-timeout and csta.request-timeout bound the attempt. Or set"
              + " csta.connect-on-startup=false to start without a session and connect on first"
              + " use.";
      return new FailureAnalysis(mask(description), action, failure);
    }
    return null;
  }

  private String mask(String text) {
    String password = environment.getProperty("csta.password");
    if (password == null || password.isEmpty()) {
      return text;
    }
    return text.replace(password, "****");
  }

  private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
