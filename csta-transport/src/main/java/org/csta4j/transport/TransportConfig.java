package org.csta4j.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * What a transport is made for: the gateway URI, the executor its listener callbacks and
 * completions run on, and the connection settings every transport understands. Transport-specific
 * settings (TLS, proxies) belong to the transport's own factory.
 *
 * <p>Immutable and thread-safe. Every value is checked when it is built, and an error names the
 * setting. Header values and the token may be credentials: {@link #toString()} masks both.
 */
@Value.Immutable
public abstract class TransportConfig {
  /** The default of {@link #maxMessageBytes()}: 4 MiB. */
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 4 << 20;

  /** The default of {@link #connectTimeout()}: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  TransportConfig() {}

  /**
   * {@return a builder with nothing set} {@link #gateway()} and {@link #callbackExecutor()} are
   * required; everything else has a default.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder with the two required settings set}
   *
   * @param gateway the gateway, e.g. {@code https://gateway.example/csta}
   * @param callbackExecutor where listener callbacks and dependent stages run
   * @throws NullPointerException if either is null
   */
  public static Builder builder(URI gateway, Executor callbackExecutor) {
    Builder b = builder();
    b.gateway(gateway).callbackExecutor(callbackExecutor);
    return b;
  }

  /** {@return the gateway, e.g. {@code https://gateway.example/csta}} */
  public abstract URI gateway();

  /**
   * {@return where listener callbacks and the dependent stages of requests run} Events may also
   * arrive on the transport's own event thread (see {@link TransportListener}); dependent stages
   * never run on its I/O thread (see {@link org.csta4j.transport.support.CallbackFuture}). The
   * transport serialises its callbacks itself, so any executor works, a thread pool included.
   */
  public abstract Executor callbackExecutor();

  /**
   * {@return extra HTTP headers for the connection, by name; empty by default} Names must not be
   * blank. The values are masked in {@link #toString()}.
   */
  @Value.Redacted
  public abstract Map<String, String> headers();

  /**
   * {@return what supplies a bearer token per connection attempt, if the gateway needs one} The
   * transport calls it on the thread that connects, once per connect; never printed.
   */
  @Value.Redacted
  public abstract Optional<Supplier<String>> accessTokenProvider();

  /**
   * {@return how long {@link CstaTransport#connect()} may take, all of it} For SignalR: negotiate,
   * the WebSocket upgrade and the hub handshake together. Positive; default {@link
   * #DEFAULT_CONNECT_TIMEOUT}.
   */
  @Value.Default
  public Duration connectTimeout() {
    return DEFAULT_CONNECT_TIMEOUT;
  }

  /**
   * {@return the largest message the transport accepts from the gateway, in bytes} Positive;
   * default {@link #DEFAULT_MAX_MESSAGE_BYTES}. A transport refuses a larger one before buffering
   * it, closes the connection and reports the loss with a {@link ConnectionLostException} that
   * names this limit.
   */
  @Value.Default
  public int maxMessageBytes() {
    return DEFAULT_MAX_MESSAGE_BYTES;
  }

  @Value.Check
  void check() {
    Checks.positive("connectTimeout", connectTimeout());
    Checks.positive("maxMessageBytes", maxMessageBytes());
    for (String name : headers().keySet()) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("headers: a header name must not be blank");
      }
    }
  }

  /**
   * Builds a {@link TransportConfig}; not thread-safe. {@code build()} throws {@link
   * IllegalStateException} naming a required setting that is missing, and {@link
   * IllegalArgumentException} naming a setting whose value is invalid.
   */
  public static final class Builder extends ImmutableTransportConfig.Builder {
    Builder() {}

    /**
     * Adds one HTTP header; a name given again keeps its place and takes the later value.
     *
     * @param name the header's name, not blank
     * @param value the header's value, masked in {@code toString()}
     * @return this builder
     */
    public Builder header(String name, String value) {
      putHeaders(name, value);
      return this;
    }
  }
}
