package org.csta4j.transport;

import java.time.Duration;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * How to send one request: its timeout and the {@code privateData.requestId} that correlates it in
 * the gateway's logs. The transport puts the id on the wire, replacing any the request carries.
 * Immutable; {@link #of(Duration, String)} is the short form.
 */
@Value.Immutable
public abstract class RequestOptions {
  RequestOptions() {}

  /**
   * {@return the options with this timeout and request id}
   *
   * @param timeout how long to wait for the response; positive
   * @param requestId the correlation id; not blank, and unique among the requests pending on one
   *     transport
   * @throws NullPointerException naming the argument if one is null
   * @throws IllegalArgumentException naming the argument if the timeout is not positive or the id
   *     is blank
   */
  public static RequestOptions of(Duration timeout, String requestId) {
    return builder().timeout(timeout).requestId(requestId).build();
  }

  /** {@return a builder; both settings are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return how long the transport waits for the response} Positive; after it the request fails
   * with a {@link RequestTimeoutException}.
   */
  public abstract Duration timeout();

  /**
   * {@return the {@code privateData.requestId} put on the wire} Not blank; the transport refuses a
   * request whose id is already pending.
   */
  public abstract String requestId();

  @Value.Check
  void check() {
    Checks.positive("timeout", timeout());
    Checks.nonBlank("requestId", requestId());
  }

  /**
   * Builds {@link RequestOptions}; not thread-safe. {@code build()} throws {@link
   * IllegalStateException} naming a missing setting and {@link IllegalArgumentException} naming an
   * invalid one.
   */
  public static final class Builder extends ImmutableRequestOptions.Builder {
    Builder() {}
  }
}
