package org.csta4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code csta}: the top command; without a subcommand it prints its usage and exits 2. */
@Command(
    name = "csta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Drive a CSTA telephony gateway (ECMA-269/323 JSON over SignalR) with the csta4j library.",
      "Start with: csta demo"
    },
    subcommands = {
      DemoCommand.class,
      SimulatorCommand.class,
      MonitorCommand.class,
      CallCommand.class,
      ClearCommand.class,
      SnapshotCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nAgainst a gateway:%n",
    footer = {
      "  monitor, call, clear and snapshot take --gateway URL --user USER",
      "  --pbx-domain DOMAIN, and read the password from --password-env VAR or",
      "  ask for it: it is never an argument. With 'csta simulator' running:",
      "    export CSTA_PASSWORD=demo",
      "    csta call 100 101 --gateway http://127.0.0.1:5080/csta --user demo \\",
      "        --pbx-domain demo.local --password-env CSTA_PASSWORD"
    })
final class CstaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExitCodesHelp exitCodes;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
