package org.csta4j.transport.signalr;

import java.net.Proxy;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Settings of the SignalR transport beyond the common {@link org.csta4j.transport.TransportConfig}:
 * keepalive and timeouts, negotiation, TLS, proxy, and whether plain {@code http}/{@code ws} may go
 * beyond this machine. Immutable; every value is checked when it is built, and an error names the
 * setting.
 */
@Value.Immutable
public abstract class SignalROptions {
  SignalROptions() {}

  /**
   * {@return the defaults} Pings every 15 s, server timeout 30 s, handshake 15 s, negotiate, TLS
   * from the JDK, no proxy, plain {@code http}/{@code ws} to this machine only.
   */
  public static SignalROptions defaults() {
    return builder().build();
  }

  /** {@return a builder; every setting has a default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how often the client pings an otherwise idle connection; positive, default 15 s} */
  @Value.Default
  public Duration keepAliveInterval() {
    return Duration.ofSeconds(15);
  }

  /**
   * {@return how long the client waits for any message from the gateway before it reports the
   * connection lost; positive, default 30 s}
   */
  @Value.Default
  public Duration serverTimeout() {
    return Duration.ofSeconds(30);
  }

  /**
   * {@return how long the SignalR handshake may take; positive, default 15 s} Never longer, in
   * effect, than {@link org.csta4j.transport.TransportConfig#connectTimeout()}, which bounds the
   * whole connect.
   */
  @Value.Default
  public Duration handshakeTimeout() {
    return Duration.ofSeconds(15);
  }

  /**
   * {@return whether the WebSocket is connected directly, without negotiate; default false} The
   * gateway must allow it.
   */
  @Value.Default
  public boolean skipNegotiate() {
    return false;
  }

  /**
   * {@return whether plain {@code http}/{@code ws} may go to a host other than this machine;
   * default false} When false, {@link SignalRTransportFactory#create} refuses such a URI.
   */
  @Value.Default
  public boolean allowInsecure() {
    return false;
  }

  /**
   * {@return the TLS context, with its key managers for a client certificate; empty for the JDK's
   * default} Set together with {@link #trustManager()}, most simply with {@link
   * Builder#tls(SSLContext, X509TrustManager)}.
   */
  public abstract Optional<SSLContext> sslContext();

  /**
   * {@return the trust manager that checks the gateway's certificate; empty for the JDK's trust
   * store} Set together with {@link #sslContext()}; it replaces the JDK's, it does not add to it.
   */
  public abstract Optional<X509TrustManager> trustManager();

  /**
   * {@return the proxy to connect through; empty for a direct connection} An HTTP proxy changes
   * nothing else. Through a SOCKS proxy the JDK, not this transport, makes the plain sockets: over
   * {@code https}/{@code wss} every limit still holds (it is watched above TLS), but over plain
   * {@code http}/{@code ws} an incoming message over {@link
   * org.csta4j.transport.TransportConfig#maxMessageBytes()} is not refused before it is buffered.
   */
  public abstract Optional<Proxy> proxy();

  @Value.Check
  void check() {
    Checks.positive("keepAliveInterval", keepAliveInterval());
    Checks.positive("serverTimeout", serverTimeout());
    Checks.positive("handshakeTimeout", handshakeTimeout());
    if (sslContext().isPresent() != trustManager().isPresent()) {
      throw new IllegalArgumentException(
          "tls: sslContext and trustManager are set together or not at all; use tls(context,"
              + " trustManager)");
    }
  }

  /**
   * Builds {@link SignalROptions}; not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} naming a setting whose value is invalid.
   */
  public static final class Builder extends ImmutableSignalROptions.Builder {
    Builder() {}

    /**
     * TLS with this context and trust manager: a custom trust store, a client certificate (in the
     * context's key managers), or both.
     *
     * @param context the TLS context the sockets are made with
     * @param trustManager the trust manager {@code context} was initialised with, which OkHttp
     *     needs to clean certificate chains
     * @return this builder
     */
    public Builder tls(SSLContext context, X509TrustManager trustManager) {
      sslContext(context);
      trustManager(trustManager);
      return this;
    }
  }
}
