package org.csta4j.transport.support;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;
import org.csta4j.transport.TransportConfig;

/**
 * How far a transport's connect has got, and the words of its failures: every failure to connect
 * starts "cannot connect to &lt;gateway&gt;: ", and the connect deadline names the step it was
 * still waiting for, and a TLS connect to a plain-text port says so, so that a user reads the same
 * message whichever transport failed. Thread-safe: the step is set from I/O threads and read by the
 * deadline's timer.
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
   * {@return "cannot connect to &lt;gateway&gt;: " followed by {@code why}, with a hint when {@code
   * cause} shows the likely mistake} When TLS failed because the gateway answered in plain text
   * (the JDK's "Unsupported or unrecognized SSL message", anywhere in the cause chain or among
   * suppressed exceptions), an {@code https}/{@code wss} URI was pointed at a plain-text port: the
   * message reads "TLS handshake failed: is that a plain-text (http) port? (" {@code why} ")". When
   * a plain HTTP request was answered with a TLS alert, the inverse: "the gateway answered with a
   * TLS alert: is that a TLS (https) port? (" {@code why} ")". A server that closes without a word
   * gets no hint: nothing tells it apart.
   *
   * @param why what went wrong, in the gateway's or the library's words
   * @param cause the failure, searched for the plain-text answer to TLS
   */
  public String cannotConnect(String why, Throwable cause) {
    String hint =
        answeredInPlainText(cause)
            ? PLAIN_TEXT_PORT
            : answeredWithATlsAlert(cause) ? TLS_PORT : null;
    return cannotConnect(hint == null ? why : hint + " (" + why + ")");
  }

  /** The hints of {@link #cannotConnect(String, Throwable)}. */
  private static final String PLAIN_TEXT_PORT =
      "TLS handshake failed: is that a plain-text (http) port?";

  private static final String TLS_PORT =
      "the gateway answered with a TLS alert: is that a TLS (https) port?";

  /**
   * Whether the JDK's TLS refused the answer as no TLS record at all: the words of its {@code
   * SSLException} when the first bytes back are not a TLS record header, such as "HTTP/1.1 400".
   */
  private static boolean answeredInPlainText(Throwable cause) {
    return anyInChain(
        cause, t -> t instanceof SSLException && lower(t).contains("unrecognized ssl message"));
  }

  /**
   * Whether a plain HTTP request got a TLS record back: the first byte of the answer is 0x15 (a TLS
   * alert, what a TLS server sends when it reads plain text), where an HTTP status line belongs. No
   * HTTP server starts its answer with that control character. Each HTTP client says so in its own
   * words, and these are the two clients of csta4j's transports: Jetty's parser ("Illegal character
   * CNTL=0x15") and OkHttp's ("\n not found: ... content=1503...", the bytes in hex).
   */
  private static boolean answeredWithATlsAlert(Throwable cause) {
    return anyInChain(
        cause,
        t -> {
          String m = lower(t);
          return m.contains("illegal character cntl=0x15") || m.contains("content=1503");
        });
  }

  private static String lower(Throwable t) {
    String m = t.getMessage();
    return m == null ? "" : m.toLowerCase(Locale.ROOT);
  }

  /** Whether the failure, a cause of it or a suppressed one of any of them, is such. */
  private static boolean anyInChain(Throwable cause, Predicate<Throwable> such) {
    Deque<Throwable> todo = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    todo.add(cause);
    while (!todo.isEmpty()) {
      Throwable t = todo.remove();
      if (!seen.add(t)) {
        continue;
      }
      if (such.test(t)) {
        return true;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      Collections.addAll(todo, t.getSuppressed());
    }
    return false;
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
