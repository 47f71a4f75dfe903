package org.csta4j.transport.signalr;

import java.net.URI;
import java.util.Objects;
import org.csta4j.json.CstaCodec;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.support.GatewayUris;

/**
 * Makes SignalR transports for {@code http}, {@code https}, {@code ws} and {@code wss} gateway
 * URIs. Registered for ServiceLoader with the default options; construct one with {@link
 * #SignalRTransportFactory(SignalROptions)} to set them. Immutable and thread-safe: one factory may
 * make any number of transports, each with its own threads and sockets.
 */
public final class SignalRTransportFactory implements CstaTransportFactory {
  private final SignalROptions options;
  private final CstaCodec codec;

  /** The default options (the ServiceLoader constructor). */
  public SignalRTransportFactory() {
    this(SignalROptions.defaults());
  }

  /**
   * A factory with these options and the standard codec.
   *
   * @param options the SignalR settings of every transport it makes
   */
  public SignalRTransportFactory(SignalROptions options) {
    this(options, CstaCodec.standard());
  }

  /**
   * A factory with these options and a codec configured otherwise (another vendor prefix or
   * dialect).
   *
   * @param options the SignalR settings of every transport it makes
   * @param codec encodes requests and decodes results and events
   */
  public SignalRTransportFactory(SignalROptions options, CstaCodec codec) {
    this.options = Objects.requireNonNull(options, "options");
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  public String name() {
    return "signalr";
  }

  @Override
  public boolean supports(URI gateway) {
    return GatewayUris.isWebScheme(gateway);
  }

  /**
   * {@return a new SignalR transport in state NEW} It opens nothing until connect.
   *
   * @param config the gateway and the common settings
   * @param listener told of events, state changes and loss
   * @throws IllegalArgumentException if the scheme is not supported, or the URI is plain {@code
   *     http}/{@code ws} to another machine and {@link SignalROptions#allowInsecure()} is off
   */
  @Override
  public CstaTransport create(TransportConfig config, TransportListener listener) {
    GatewayUris.checkWebGateway("signalr", config.gateway(), options.allowInsecure());
    return new SignalRTransport(config, options, codec, listener);
  }
}
