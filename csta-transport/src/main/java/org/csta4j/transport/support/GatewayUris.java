package org.csta4j.transport.support;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The URI rules every SignalR-style transport shares: which schemes it takes, and that plain {@code
 * http}/{@code ws} stays on this machine unless the user allows it (see {@link Loopback}).
 */
public final class GatewayUris {
  private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "ws", "wss");

  private GatewayUris() {}

  /**
   * {@return whether the URI's scheme is {@code http}, {@code https}, {@code ws} or {@code wss}, in
   * any casing} False for a URI without a scheme; never throws.
   *
   * @param gateway the gateway URI
   */
  public static boolean isWebScheme(URI gateway) {
    String scheme = gateway.getScheme();
    return scheme != null && WEB_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
  }

  /**
   * Checks a gateway URI for a transport's factory: a web scheme, and encrypted unless it goes to
   * this machine or {@code allowInsecure}.
   *
   * @param transport the transport's name, which starts every message, e.g. {@code "signalr"}
   * @param gateway the gateway URI
   * @param allowInsecure whether plain {@code http}/{@code ws} may go to another machine
   * @throws IllegalArgumentException naming the scheme, or the host of a refused plain URI
   */
  public static void checkWebGateway(String transport, URI gateway, boolean allowInsecure) {
    if (!isWebScheme(gateway)) {
      throw new IllegalArgumentException(
          transport + ": cannot connect to '" + gateway.getScheme() + "' URIs");
    }
    String scheme = gateway.getScheme().toLowerCase(Locale.ROOT);
    boolean plain = scheme.equals("http") || scheme.equals("ws");
    if (plain && !allowInsecure && !Loopback.isLoopbackHost(gateway.getHost())) {
      throw new IllegalArgumentException(
          transport
              + ": refusing unencrypted "
              + scheme
              + " to "
              + gateway.getHost()
              + "; use https/wss, or allowInsecure(true) if you mean it");
    }
  }
}
