package org.csta4j.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How to send one request: its timeout and the {@code privateData.requestId} that correlates it in
 * the gateway's logs. The transport puts the id on the wire, replacing any the request carries.
 */
public final class RequestOptions {
  private final Duration timeout;
  private final String requestId;

  private RequestOptions(Duration timeout, String requestId) {
    this.timeout = timeout;
    this.requestId = requestId;
  }

  /**
   * @throws IllegalArgumentException if the timeout is not positive or the id is blank
   */
  public static RequestOptions of(Duration timeout, String requestId) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(requestId, "requestId");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive but is " + timeout);
    }
    if (requestId.isBlank()) {
      throw new IllegalArgumentException("requestId: must not be blank");
    }
    return new RequestOptions(timeout, requestId);
  }

  public Duration timeout() {
    return timeout;
  }

  public String requestId() {
    return requestId;
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", requestId=" + requestId + "}";
  }
}
