package org.csta4j.transport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/** Finds a transport factory for a gateway URI among those on the class path (ServiceLoader). */
public final class CstaTransports {
  private CstaTransports() {}

  /** Every factory registered on the class path of this class's loader, in discovery order. */
  public static List<CstaTransportFactory> installed() {
    List<CstaTransportFactory> all = new ArrayList<>();
    ServiceLoader.load(CstaTransportFactory.class, CstaTransports.class.getClassLoader())
        .forEach(all::add);
    return all;
  }

  /**
   * The first installed factory that supports the URI.
   *
   * @throws IllegalArgumentException naming the URI's scheme and the installed factories when none
   *     does
   */
  public static CstaTransportFactory forUri(URI gateway) {
    Objects.requireNonNull(gateway, "gateway");
    List<CstaTransportFactory> all = installed();
    for (CstaTransportFactory f : all) {
      if (f.supports(gateway)) {
        return f;
      }
    }
    List<String> names = new ArrayList<>();
    all.forEach(f -> names.add(f.name()));
    throw new IllegalArgumentException(
        "no transport for '"
            + gateway.getScheme()
            + "' URIs; installed: "
            + (names.isEmpty() ? "none (add csta-transport-signalr)" : String.join(", ", names)));
  }
}
