package org.csta4j.cli;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.signalr.SignalROptions;
import org.csta4j.transport.signalr.SignalRTransportFactory;
import org.csta4j.transport.signalr.jetty.JettySignalROptions;
import org.csta4j.transport.signalr.jetty.JettySignalRTransportFactory;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --transport NAME}, for the commands that connect: one of the installed transports by name,
 * or without it the one the library chooses for the gateway URI (as an application gets it). The
 * names, for completion and for the error on an unknown one, come from the installed factories.
 */
final class TransportOption {
  @Option(
      names = "--transport",
      paramLabel = "NAME",
      order = 80,
      completionCandidates = Names.class,
      description =
          "The transport to connect with: ${COMPLETION-CANDIDATES}. Without it, the one the"
              + " library picks for the URL (signalr-jetty, our own client on Jetty; signalr is"
              + " the official Microsoft client).")
  @Nullable String name;

  /** The installed transports' names, sorted: picocli's completion candidates. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }

  static List<String> names() {
    return CstaTransports.installed().stream().map(CstaTransportFactory::name).sorted().toList();
  }

  /**
   * {@return the factory to connect to {@code gateway} with} {@code insecure} allows plain http to
   * another machine, which each SignalR transport has its own option for.
   *
   * @throws CliException (usage) for a name no installed transport has, listing the names
   */
  CstaTransportFactory factory(URI gateway, boolean insecure) {
    CstaTransportFactory chosen;
    try {
      chosen = name == null ? CstaTransports.forUri(gateway) : CstaTransports.named(name);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, "--transport: " + e.getMessage(), e);
    }
    if (!insecure) {
      return chosen;
    }
    if (chosen instanceof SignalRTransportFactory) {
      return new SignalRTransportFactory(SignalROptions.builder().allowInsecure(true).build());
    }
    if (chosen instanceof JettySignalRTransportFactory) {
      return new JettySignalRTransportFactory(
          JettySignalROptions.builder().allowInsecure(true).build());
    }
    throw new CliException(
        ExitCode.USAGE, "--insecure: the transport " + chosen.name() + " has no such setting");
  }
}
