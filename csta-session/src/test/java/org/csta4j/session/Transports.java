package org.csta4j.session;

import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;

/**
 * The two SignalR transports on this module's test class path, by name: the socket tests are
 * {@code @ParameterizedClass} over both names, so that every run names its transport.
 */
final class Transports {
  /** The official-client transport (csta-transport-signalr). */
  static final String OFFICIAL = "signalr";

  /** Our own client on Jetty (csta-transport-signalr-jetty), the one chosen by default. */
  static final String JETTY = "signalr-jetty";

  private Transports() {}

  /** {@return the installed factory of this name, as an application names it} */
  static CstaTransportFactory named(String name) {
    return CstaTransports.named(name);
  }
}
