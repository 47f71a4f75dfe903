package org.csta4j.transport.signalr;

import java.net.Proxy;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the SignalR transport beyond the common {@link org.csta4j.transport.TransportConfig}:
 * keepalive and timeouts, negotiation, TLS, proxy, and whether plain {@code http}/{@code ws} may go
 * beyond this machine.
 */
public final class SignalROptions {
  final Duration keepAliveInterval;
  final Duration serverTimeout;
  final Duration handshakeTimeout;
  final boolean skipNegotiate;
  final boolean allowInsecure;
  final @Nullable SSLContext sslContext;
  final @Nullable X509TrustManager trustManager;
  final @Nullable Proxy proxy;

  private SignalROptions(Builder b) {
    this.keepAliveInterval = b.keepAliveInterval;
    this.serverTimeout = b.serverTimeout;
    this.handshakeTimeout = b.handshakeTimeout;
    this.skipNegotiate = b.skipNegotiate;
    this.allowInsecure = b.allowInsecure;
    this.sslContext = b.sslContext;
    this.trustManager = b.trustManager;
    this.proxy = b.proxy;
  }

  /**
   * The defaults: pings every 15 s, server timeout 30 s, handshake 15 s, negotiate, TLS from the
   * JDK.
   */
  public static SignalROptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SignalROptions}. */
  public static final class Builder {
    private Duration keepAliveInterval = Duration.ofSeconds(15);
    private Duration serverTimeout = Duration.ofSeconds(30);
    private Duration handshakeTimeout = Duration.ofSeconds(15);
    private boolean skipNegotiate;
    private boolean allowInsecure;
    private @Nullable SSLContext sslContext;
    private @Nullable X509TrustManager trustManager;
    private @Nullable Proxy proxy;

    private Builder() {}

    /** How often the client pings an otherwise idle connection. */
    public Builder keepAliveInterval(Duration interval) {
      this.keepAliveInterval = positive("keepAliveInterval", interval);
      return this;
    }

    /** How long the client waits for any message from the gateway before it gives up. */
    public Builder serverTimeout(Duration timeout) {
      this.serverTimeout = positive("serverTimeout", timeout);
      return this;
    }

    /**
     * How long the SignalR handshake may take; never longer than {@link
     * org.csta4j.transport.TransportConfig#connectTimeout()}, which bounds the whole connect.
     */
    public Builder handshakeTimeout(Duration timeout) {
      this.handshakeTimeout = positive("handshakeTimeout", timeout);
      return this;
    }

    /** Connects the WebSocket directly, without negotiate (the gateway must allow it). */
    public Builder skipNegotiate(boolean skip) {
      this.skipNegotiate = skip;
      return this;
    }

    /** Allows plain {@code http}/{@code ws} to a host other than this machine (off by default). */
    public Builder allowInsecure(boolean allow) {
      this.allowInsecure = allow;
      return this;
    }

    /**
     * TLS with this context and trust manager: a custom trust store, a client certificate (in the
     * context's key managers), or both.
     */
    public Builder tls(SSLContext context, X509TrustManager trustManager) {
      this.sslContext = Objects.requireNonNull(context, "context");
      this.trustManager = Objects.requireNonNull(trustManager, "trustManager");
      return this;
    }

    /**
     * Connects through this proxy. An HTTP proxy changes nothing else. Through a SOCKS proxy the
     * JDK, not this transport, makes the plain sockets: over {@code https}/{@code wss} every limit
     * still holds (it is watched above TLS), but over plain {@code http}/{@code ws} an incoming
     * message over {@link org.csta4j.transport.TransportConfig#maxMessageBytes()} is not refused
     * before it is buffered.
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": must be positive but is " + d);
      }
      return d;
    }

    public SignalROptions build() {
      return new SignalROptions(this);
    }
  }
}
