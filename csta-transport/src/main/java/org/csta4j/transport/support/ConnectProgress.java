package org.csta4j.transport.support;

import java.util.Objects;
import org.csta4j.transport.TransportConfig;

/**
 * How far a transport's connect has got, and the words of its failures: every failure to connect
 * starts "cannot connect to &lt;gateway&gt;: ", and the connect deadline names the step it was
 * still waiting for, so that a user reads the same message whichever transport failed. Thread-safe:
 * the step is set from I/O threads and read by the deadline's timer.
 */
public final class ConnectProgress {
  private final TransportConfig config;
  private volatile String waitingFor;

  /**
   * A connect to {@code config}'s gateway that starts by waiting for {@code firstStep}.
   *
   * @param config the transport's configuration: its gateway and connect timeout
   * @param firstStep what the connect waits for first, e.g. {@code "the negotiate response"}
   */
  public ConnectProgress(TransportConfig config, String firstStep) {
    this.config = Objects.requireNonNull(config, "config");
    this.waitingFor = Objects.requireNonNull(firstStep, "firstStep");
  }

  /**
   * Records the step the connect now waits for.
   *
   * @param step e.g. {@code "the WebSocket upgrade"}
   */
  public void waitingFor(String step) {
    waitingFor = Objects.requireNonNull(step, "step");
  }

  /**
   * {@return "cannot connect to &lt;gateway&gt;: " followed by {@code why}}
   *
   * @param why what went wrong, in the gateway's or the library's words
   */
  public String cannotConnect(String why) {
    return "cannot connect to " + config.gateway() + ": " + why;
  }

  /**
   * {@return the message of a connect that outlasted {@link TransportConfig#connectTimeout()}: the
   * timeout in milliseconds and the step it was still waiting for}
   */
  public String timedOut() {
    return cannotConnect(
        "not connected within "
            + config.connectTimeout().toMillis()
            + " ms (connectTimeout), still waiting for "
            + waitingFor);
  }
}
