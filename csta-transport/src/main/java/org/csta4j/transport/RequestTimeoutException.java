package org.csta4j.transport;

import java.time.Duration;

/**
 * No response arrived within the request's {@link RequestOptions#timeout()}; the message names the
 * method and the timeout in milliseconds. The transport stays connected: a late answer is dropped.
 */
public final class RequestTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** The hub method of the request that timed out. */
  private final String method;

  /** How long the transport waited. */
  private final Duration timeout;

  /**
   * A timeout of this request.
   *
   * @param method the hub method of the request, e.g. {@code "MakeCall"}
   * @param timeout how long the transport waited
   */
  public RequestTimeoutException(String method, Duration timeout) {
    super(method + ": no response within " + timeout.toMillis() + " ms");
    this.method = method;
    this.timeout = timeout;
  }

  /** {@return the hub method of the request that timed out, e.g. {@code "MakeCall"}} */
  public String method() {
    return method;
  }

  /** {@return how long the transport waited for the response} */
  public Duration timeout() {
    return timeout;
  }
}
