package org.csta4j.transport;

import java.net.URI;

/**
 * Makes transports. Give one to the client explicitly, or register it in {@code
 * META-INF/services/org.csta4j.transport.CstaTransportFactory} so that {@link
 * CstaTransports#forUri(URI)} finds it by the gateway URI (the zero-configuration extra).
 */
public interface CstaTransportFactory {
  /** {@return a short name for messages, e.g. {@code "signalr"}; never blank} */
  String name();

  /**
   * {@return whether this factory handles the URI, usually by its scheme} False means "not mine":
   * {@link CstaTransports#forUri} looks at the other factories. Never throws.
   *
   * @param gateway the gateway URI, e.g. {@code https://gateway.example/csta}
   */
  boolean supports(URI gateway);

  /**
   * {@return how strongly this factory wants the URIs it supports, when several installed ones do}
   * {@link CstaTransports#forUri} takes the highest, and among equals the first by {@link #name()},
   * so the choice never depends on class-path order. csta4j's own: {@code signalr-jetty} 100, the
   * official-client {@code signalr} 0 (the default). A factory given to the client explicitly is
   * used whatever its priority.
   */
  default int priority() {
    return 0;
  }

  /**
   * {@return a new transport in state {@link TransportState#NEW}} It opens nothing until {@link
   * CstaTransport#connect()}.
   *
   * @param config the gateway and the common settings
   * @param listener told of events, state changes and loss, on {@code config}'s callback executor
   * @throws IllegalArgumentException if the factory cannot make a transport for this config (say,
   *     an unsupported or insecure URI); the message names the URI
   */
  CstaTransport create(TransportConfig config, TransportListener listener);
}
