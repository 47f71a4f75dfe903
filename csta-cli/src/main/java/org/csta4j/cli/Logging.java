package org.csta4j.cli;

/**
 * Configures slf4j-simple, the CLI's logging backend, before the first logger exists. Quiet by
 * default: the command reports what matters itself, and the libraries' own warnings (the SignalR
 * client logs every disconnect at ERROR) would only clutter the output. {@code --verbose} turns on
 * the protocol log at debug on stderr.
 */
final class Logging {
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  /** Call once, before any library class logs; a level already given with -D wins. */
  static void configure(boolean verbose) {
    setDefault("defaultLogLevel", verbose ? "debug" : "off");
    setDefault("logFile", "System.err");
    setDefault("showDateTime", "true");
    setDefault("dateTimeFormat", "HH:mm:ss.SSS");
    setDefault("showShortLogName", "true");
    // Jetty's debug log is thousands of lines per connection and says nothing about CSTA
    setDefault("log.org.eclipse.jetty", verbose ? "info" : "off");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(PREFIX + key) == null) {
      System.setProperty(PREFIX + key, value);
    }
  }
}
