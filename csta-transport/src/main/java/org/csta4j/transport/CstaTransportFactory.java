package org.csta4j.transport;

import java.net.URI;

/**
 * Makes transports. Give one to the client explicitly, or register it in {@code
 * META-INF/services/org.csta4j.transport.CstaTransportFactory} so that {@link
 * CstaTransports#forUri(URI)} finds it by the gateway URI (the zero-configuration extra).
 */
public interface CstaTransportFactory {
  /** A short name for messages, e.g. {@code "signalr"}. */
  String name();

  /** Whether this factory handles the URI, usually by its scheme; false means "not mine". */
  boolean supports(URI gateway);

  /** A new transport in state {@link TransportState#NEW}; it reports to {@code listener}. */
  CstaTransport create(TransportConfig config, TransportListener listener);
}
