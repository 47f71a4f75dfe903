package org.csta4j.cli;

/** The exit codes of {@code csta}, as its help lists them. */
final class ExitCode {
  /** Everything asked for happened. */
  static final int OK = 0;

  /**
   * A step or request failed: the gateway refused it, no answer came in time, an event was missing.
   */
  static final int FAILED = 1;

  /** The command line was wrong (picocli's default for invalid input). */
  static final int USAGE = 2;

  /** The gateway could not be reached, or the session was lost for good. */
  static final int CANNOT_CONNECT = 3;

  /** The gateway refused the login. */
  static final int LOGIN_REFUSED = 4;

  private ExitCode() {}
}
