package org.csta4j.transport;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a transport is made for: the gateway URI, the executor its listener callbacks and
 * completions run on, and the connection settings every transport understands. Transport-specific
 * settings (TLS, proxies) belong to the transport's own factory.
 */
public final class TransportConfig {
  /** The default of {@link #maxMessageBytes()}: 4 MiB. */
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 4 << 20;

  private final URI gateway;
  private final Executor callbackExecutor;
  private final Map<String, String> headers;
  private final @Nullable Supplier<String> accessTokenProvider;
  private final Duration connectTimeout;
  private final int maxMessageBytes;

  private TransportConfig(Builder b) {
    this.gateway = b.gateway;
    this.callbackExecutor = b.callbackExecutor;
    this.headers = Map.copyOf(b.headers);
    this.accessTokenProvider = b.accessTokenProvider;
    this.connectTimeout = b.connectTimeout;
    this.maxMessageBytes = b.maxMessageBytes;
  }

  public static Builder builder(URI gateway, Executor callbackExecutor) {
    return new Builder(gateway, callbackExecutor);
  }

  /** The gateway, e.g. {@code https://gateway.example/csta}. */
  public URI gateway() {
    return gateway;
  }

  /**
   * Where listener callbacks and the dependent stages of requests run (events may also arrive on
   * the transport's own event thread, see {@link TransportListener}; see {@link CallbackFuture}).
   * The transport serialises its callbacks itself, so any executor works, a thread pool included.
   */
  public Executor callbackExecutor() {
    return callbackExecutor;
  }

  /** Extra HTTP headers for the connection. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Supplies a bearer token per connection attempt, if the gateway needs one. */
  public @Nullable Supplier<String> accessTokenProvider() {
    return accessTokenProvider;
  }

  /**
   * How long {@link CstaTransport#connect()} may take, all of it: for SignalR, negotiate, the
   * WebSocket upgrade and the hub handshake together (default 10 s).
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The largest message the transport accepts from the gateway, in bytes (default 4 MiB). A
   * transport refuses a larger one before buffering it, closes the connection and reports the loss
   * with a {@link ConnectionLostException} that names this limit.
   */
  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  @Override
  public String toString() {
    // header values and tokens may be credentials: names only
    return "TransportConfig{gateway="
        + gateway
        + ", headers="
        + headers.keySet()
        + ", accessToken="
        + (accessTokenProvider == null ? "none" : "****")
        + ", connectTimeout="
        + connectTimeout
        + ", maxMessageBytes="
        + maxMessageBytes
        + "}";
  }

  /** Builds a {@link TransportConfig}. */
  public static final class Builder {
    private final URI gateway;
    private final Executor callbackExecutor;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable Supplier<String> accessTokenProvider;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private int maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;

    private Builder(URI gateway, Executor callbackExecutor) {
      this.gateway = Objects.requireNonNull(gateway, "gateway");
      this.callbackExecutor = Objects.requireNonNull(callbackExecutor, "callbackExecutor");
    }

    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isBlank()) {
        throw new IllegalArgumentException("header: the name must not be blank");
      }
      headers.put(name, value);
      return this;
    }

    public Builder accessTokenProvider(Supplier<String> provider) {
      this.accessTokenProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("connectTimeout: must be positive but is " + timeout);
      }
      this.connectTimeout = timeout;
      return this;
    }

    /** See {@link TransportConfig#maxMessageBytes()}; must be positive. */
    public Builder maxMessageBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxMessageBytes: must be positive but is " + bytes);
      }
      this.maxMessageBytes = bytes;
      return this;
    }

    public TransportConfig build() {
      return new TransportConfig(this);
    }
  }
}
