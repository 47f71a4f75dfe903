package org.csta4j.transport;

import java.time.Duration;

/** No response arrived in time; the message names the method and the timeout. */
public final class RequestTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final Duration timeout;

  public RequestTimeoutException(String method, Duration timeout) {
    super(method + ": no response within " + timeout.toMillis() + " ms");
    this.method = method;
    this.timeout = timeout;
  }

  public String method() {
    return method;
  }

  public Duration timeout() {
    return timeout;
  }
}
