package org.csta4j.transport;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds a transport factory for a gateway URI among those on the class path (ServiceLoader): the
 * zero-configuration extra. Giving the client a factory explicitly needs none of this. Each call
 * loads the factories anew; thread-safe.
 */
public final class CstaTransports {
  private CstaTransports() {}

  /**
   * {@return every factory registered on the class path of this class's loader, in discovery order}
   * A new, modifiable list per call; empty if none is installed.
   */
  public static List<CstaTransportFactory> installed() {
    List<CstaTransportFactory> all = new ArrayList<>();
    ServiceLoader.load(CstaTransportFactory.class, CstaTransports.class.getClassLoader())
        .forEach(all::add);
    return all;
  }

  /**
   * {@return the installed factory that supports the URI: the one of highest {@link
   * CstaTransportFactory#priority()}, and among equals the first by name} The same whatever the
   * class-path order: with both SignalR transports installed, {@code signalr-jetty} is chosen.
   *
   * @param gateway the gateway URI, e.g. {@code https://gateway.example/csta}
   * @throws IllegalArgumentException naming the URI's scheme and the installed factories when none
   *     does
   * @throws NullPointerException if {@code gateway} is null
   */
  public static CstaTransportFactory forUri(URI gateway) {
    Objects.requireNonNull(gateway, "gateway");
    return choose(installed(), gateway);
  }

  /**
   * {@return the installed factory of this {@link CstaTransportFactory#name() name}, whatever its
   * priority} For choosing a transport by name, e.g. {@code
   * CstaClient.builder().transport(CstaTransports.named("signalr"))} for the official-client one
   * when both SignalR transports are installed.
   *
   * @param name a factory's name, e.g. {@code "signalr"} or {@code "signalr-jetty"}
   * @throws IllegalArgumentException naming the unknown name and the installed factories' names
   * @throws NullPointerException if {@code name} is null
   */
  public static CstaTransportFactory named(String name) {
    Objects.requireNonNull(name, "name");
    return named(installed(), name);
  }

  /** The lookup {@link #named(String)} makes, among these factories. */
  static CstaTransportFactory named(List<CstaTransportFactory> all, String name) {
    for (CstaTransportFactory f : all) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "no transport named '" + name + "'; installed: " + namesOf(all));
  }

  private static String namesOf(List<CstaTransportFactory> all) {
    List<String> names = new ArrayList<>();
    all.forEach(f -> names.add(f.name()));
    names.sort(null);
    return names.isEmpty() ? "none (add csta-transport-signalr)" : String.join(", ", names);
  }

  /** The choice {@link #forUri} makes, among these factories. */
  static CstaTransportFactory choose(List<CstaTransportFactory> all, URI gateway) {
    Optional<CstaTransportFactory> best =
        all.stream()
            .filter(f -> f.supports(gateway))
            .max(
                Comparator.comparingInt(CstaTransportFactory::priority)
                    .thenComparing(CstaTransportFactory::name, Comparator.reverseOrder()));
    if (best.isPresent()) {
      return best.get();
    }
    throw new IllegalArgumentException(
        "no transport for '" + gateway.getScheme() + "' URIs; installed: " + namesOf(all));
  }
}
