package org.csta4j.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.csta4j.simulator.CstaSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code csta simulator}: the embedded gateway standalone until interrupted, for the other
 * commands, the vendor's JS or .NET samples, or any SignalR client.
 */
@Command(
    name = "simulator",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run the embedded CSTA gateway until Ctrl-C and print its hub URL, for the other commands,"
          + " uni-tel's JS or .NET samples, or any SignalR client.",
      "Without --user and --device it serves the demo configuration: user demo, password demo,"
          + " domain demo.local, devices 100, 101, 102 and 200."
    })
final class SimulatorCommand extends BaseCommand {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "5080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--user",
      paramLabel = "USER:PASSWORD@DOMAIN",
      description = "A user that may log in (repeatable).")
  List<String> users = new ArrayList<>();

  @Option(
      names = "--device",
      paramLabel = "NUMBER",
      description = "A device, an extension number such as 100 (repeatable).")
  List<String> devices = new ArrayList<>();

  @Option(
      names = "--answer-after",
      paramLabel = "MILLIS",
      defaultValue = "200",
      description =
          "How long a called device rings before it answers by itself"
              + " (default: ${DEFAULT-VALUE}; 0: never).")
  long answerAfterMillis;

  @Override
  int run() throws InterruptedException {
    boolean demo = users.isEmpty() && devices.isEmpty();
    CstaSimulator simulator;
    try {
      CstaSimulator.Builder b = demo ? CstaSimulator.demo() : CstaSimulator.builder();
      b.host(host).port(port).autoAnswerDelay(Duration.ofMillis(Math.max(0, answerAfterMillis)));
      users.forEach(b::user);
      devices.forEach(b::device);
      if (!demo && users.isEmpty()) {
        throw new IllegalArgumentException(
            "no user: give --user USER:PASSWORD@DOMAIN, or neither --user nor --device for the"
                + " demo configuration");
      }
      if (!demo && devices.isEmpty()) {
        throw new IllegalArgumentException("no device: give --device NUMBER (repeatable)");
      }
      simulator = b.start();
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ExitCode.USAGE,
          OptionWords.qualify(org.csta4j.model.internal.Failures.describe(e), spec),
          e);
    } catch (IllegalStateException e) {
      // the builder's message names the address and the reason (e.g. the port is taken)
      throw new CliException(
          ExitCode.FAILED,
          org.csta4j.model.internal.Failures.describe(e)
              + (port == 0 ? "" : ". Try another --port (0 picks a free one)."),
          e);
    }
    describe(simulator);
    simulator.runUntilShutdown();
    return ExitCode.OK;
  }

  private void describe(CstaSimulator simulator) {
    String hub = simulator.hubUrl().toString();
    term.line("CSTA simulator listening on " + term.bold(hub));
    term.line(
        "  users   : "
            + String.join(", ", simulator.users())
            + (simulator.isDemo() ? " (password demo)" : " (passwords as given)"));
    term.line(
        "  devices : "
            + String.join(", ", new TreeSet<>(simulator.devices()))
            + " (also u-"
            + simulator.trunk()
            + "-<device>)");
    if (simulator.isDemo()) {
      term.line("Try, in another terminal:");
      term.line(
          "  CSTA_PASSWORD=demo ./csta monitor 100 101 --gateway "
              + hub
              + " --user demo --pbx-domain demo.local --password-env CSTA_PASSWORD");
    }
    term.line("Press Ctrl-C to stop.");
  }
}
