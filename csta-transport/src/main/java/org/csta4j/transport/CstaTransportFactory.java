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
   * {@link CstaTransports#forUri} asks the next factory. Never throws.
   *
   * @param gateway the gateway URI, e.g. {@code https://gateway.example/csta}
   */
  boolean supports(URI gateway);

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
