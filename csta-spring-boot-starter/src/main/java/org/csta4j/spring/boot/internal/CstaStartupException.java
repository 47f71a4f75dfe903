package org.csta4j.spring.boot.internal;

/**
 * The session could not be connected while the application started. Its message and fields name the
 * gateway (as {@code scheme://host:port}) and the login ({@code user@pbx-domain}), never the
 * password; its cause is what {@link org.csta4j.session.CstaClient#connect()} failed with.
 */
public final class CstaStartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The gateway as {@code scheme://host:port}. */
  private final String gateway;

  /** The login as {@code user@pbx-domain}. */
  private final String login;

  /**
   * A failed start-up connect.
   *
   * @param gateway the gateway as {@code scheme://host:port}
   * @param login the login as {@code user@pbx-domain}
   * @param cause what the connect failed with, unwrapped
   */
  public CstaStartupException(String gateway, String login, Throwable cause) {
    super(
        "csta: could not connect to "
            + gateway
            + " as "
            + login
            + " at start-up: "
            + SessionStateTracker.describe(cause),
        cause);
    this.gateway = gateway;
    this.login = login;
  }

  /** {@return the gateway as {@code scheme://host:port}} */
  public String gateway() {
    return gateway;
  }

  /** {@return the login as {@code user@pbx-domain}} */
  public String login() {
    return login;
  }
}
