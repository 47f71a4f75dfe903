package org.csta4j.transport.signalr.jetty;

import java.net.Proxy;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Settings of the Jetty SignalR transport beyond the common {@link
 * org.csta4j.transport.TransportConfig}: keepalive and timeouts, negotiation and stateful
 * reconnect, TLS, proxy, and whether plain {@code http}/{@code ws} may go beyond this machine.
 * Immutable; every value is checked when it is built, and an error names the setting.
 */
@Value.Immutable
public abstract class JettySignalROptions {
  JettySignalROptions() {}

  /**
   * {@return the defaults} Pings every 15 s, server timeout 30 s, handshake 15 s, negotiate,
   * stateful reconnect asked for with a 1 MiB replay buffer, TLS from the JDK with hostname
   * verification, no proxy, plain {@code http}/{@code ws} to this machine only.
   */
  public static JettySignalROptions defaults() {
    return builder().build();
  }

  /** {@return a builder; every setting has a default} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return how long the client lets the connection go without sending before it pings; positive,
   * default 15 s}
   */
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
   * {@return how long the SignalR handshake may take once the WebSocket is open; positive, default
   * 15 s} Never longer, in effect, than {@link
   * org.csta4j.transport.TransportConfig#connectTimeout()}, which bounds the whole connect.
   */
  @Value.Default
  public Duration handshakeTimeout() {
    return Duration.ofSeconds(15);
  }

  /**
   * {@return whether the WebSocket is opened directly at the hub URL, without negotiate; default
   * false} The gateway must allow it (ASP.NET Core's {@code SkipNegotiation}, which needs the
   * WebSockets transport). Without negotiate there is no connection token, and so no stateful
   * reconnect whatever {@link #statefulReconnect()} says: a dropped socket is a loss. The access
   * token and the headers go on the upgrade, as always; a negotiate redirect cannot happen.
   */
  @Value.Default
  public boolean skipNegotiate() {
    return false;
  }

  /**
   * {@return whether plain {@code http}/{@code ws} may go to a host other than this machine;
   * default false} When false, {@link JettySignalRTransportFactory#create} refuses such a URI.
   */
  @Value.Default
  public boolean allowInsecure() {
    return false;
  }

  /**
   * {@return whether to ask the gateway for SignalR's stateful reconnect; default true} When the
   * gateway accepts (its negotiate answer says {@code useStatefulReconnect: true}), a socket that
   * drops is reconnected to the same connection, within the connect timeout, and both sides replay
   * what the other has not acknowledged: the listener hears {@link
   * org.csta4j.transport.TransportListener#onInterrupted} and {@link
   * org.csta4j.transport.TransportListener#onResumed}, and no event, result or request is lost or
   * repeated. A gateway that declines gets the plain protocol (handshake version 1), and a dropped
   * socket is a loss, as when this is off.
   */
  @Value.Default
  public boolean statefulReconnect() {
    return true;
  }

  /**
   * {@return how many bytes of requests sent but not yet acknowledged by the gateway a stateful
   * connection keeps for replay; positive, default 1 MiB} Past it the connection could not be
   * resumed without a gap, so it is reported lost. The gateway acknowledges what it has read within
   * moments; only a burst of requests larger than this, faster than the gateway reads them, reaches
   * it.
   */
  @Value.Default
  public long statefulReconnectBufferBytes() {
    return 1L << 20;
  }

  /**
   * {@return the TLS context, with its trust and key managers (a custom trust store, a client
   * certificate); empty for the JDK's default} The gateway's host name is verified against its
   * certificate either way. Transports with the same context (or none) and an equal proxy (or none)
   * share one Jetty client.
   */
  public abstract Optional<SSLContext> sslContext();

  /**
   * {@return the proxy that negotiate and the WebSocket go through; empty (or {@link
   * Proxy#NO_PROXY}) for a direct connection} An HTTP proxy is asked to {@code CONNECT} a tunnel
   * for {@code https}/{@code wss}, and gets absolute-form requests for plain {@code http}/{@code
   * ws}; a SOCKS proxy gets SOCKS 5. Either way Jetty makes the sockets, and every limit holds as
   * without a proxy. Transports share a Jetty client only when they have the same TLS context and
   * an equal proxy, so a proxy never carries another transport's connections. A {@link Proxy} holds
   * no credentials; a proxy that asks for them is a connect failure naming its status.
   */
  public abstract Optional<Proxy> proxy();

  @Value.Check
  void check() {
    Checks.positive("keepAliveInterval", keepAliveInterval());
    Checks.positive("serverTimeout", serverTimeout());
    Checks.positive("handshakeTimeout", handshakeTimeout());
    Checks.positive("statefulReconnectBufferBytes", statefulReconnectBufferBytes());
  }

  /**
   * Builds {@link JettySignalROptions}; not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} naming a setting whose value is invalid.
   */
  public static final class Builder extends ImmutableJettySignalROptions.Builder {
    Builder() {}
  }
}
