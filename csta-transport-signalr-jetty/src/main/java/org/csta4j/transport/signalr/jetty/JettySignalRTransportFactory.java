package org.csta4j.transport.signalr.jetty;

import java.net.URI;
import java.util.Objects;
import org.csta4j.json.CstaCodec;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.support.GatewayUris;

/**
 * Makes Jetty SignalR transports for {@code http}, {@code https}, {@code ws} and {@code wss}
 * gateway URIs. Registered for ServiceLoader with the default options under the name {@code
 * "signalr-jetty"}; construct one with {@link #JettySignalRTransportFactory(JettySignalROptions)}
 * to set them. Immutable and thread-safe: one factory may make any number of transports, and all of
 * them share the JVM's one Jetty thread pool and, with one TLS context and proxy, one Jetty client.
 */
public final class JettySignalRTransportFactory implements CstaTransportFactory {
  private final JettySignalROptions options;
  private final CstaCodec codec;

  /** The default options (the ServiceLoader constructor). */
  public JettySignalRTransportFactory() {
    this(JettySignalROptions.defaults());
  }

  /**
   * A factory with these options and the standard codec.
   *
   * @param options the settings of every transport it makes
   */
  public JettySignalRTransportFactory(JettySignalROptions options) {
    this(options, CstaCodec.standard());
  }

  /**
   * A factory with these options and a codec configured otherwise (another vendor prefix or
   * dialect).
   *
   * @param options the settings of every transport it makes
   * @param codec encodes requests and decodes results and events
   */
  public JettySignalRTransportFactory(JettySignalROptions options, CstaCodec codec) {
    this.options = Objects.requireNonNull(options, "options");
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /** {@return {@code "signalr-jetty"}} */
  @Override
  public String name() {
    return "signalr-jetty";
  }

  /**
   * {@return 100: with the official-client transport (priority 0) also installed, a gateway URI
   * without an explicit factory gets this one}
   */
  @Override
  public int priority() {
    return 100;
  }

  @Override
  public boolean supports(URI gateway) {
    return GatewayUris.isWebScheme(gateway);
  }

  /**
   * {@return a new Jetty SignalR transport in state NEW} It opens nothing until connect.
   *
   * @param config the gateway and the common settings
   * @param listener told of events, state changes and loss
   * @throws IllegalArgumentException if the scheme is not supported, or the URI is plain {@code
   *     http}/{@code ws} to another machine and {@link JettySignalROptions#allowInsecure()} is off
   */
  @Override
  public CstaTransport create(TransportConfig config, TransportListener listener) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(listener, "listener");
    GatewayUris.checkWebGateway("signalr-jetty", config.gateway(), options.allowInsecure());
    return new JettySignalRTransport(config, options, codec, listener);
  }
}
