package org.csta4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code --verbose}, {@code --no-color}, logging set up before any
 * library logs, and the {@link Terminal} it writes to.
 */
abstract sealed class BaseCommand implements Callable<Integer>
    permits DemoCommand, SimulatorCommand, GatewayCommand {
  @Spec CommandSpec spec;

  @Mixin ExitCodesHelp exitCodes;

  @Option(
      names = "--verbose",
      order = 90,
      description = "Log the protocol on stderr (SLF4J at debug; passwords are never shown).")
  boolean verbose;

  @Option(
      names = "--no-color",
      order = 91,
      description = "Plain output even on a terminal (so is piped output, and NO_COLOR=1).")
  boolean noColor;

  @SuppressWarnings("NullAway.Init") // set by call() before run()
  Terminal term;

  @Override
  public final Integer call() throws Exception {
    Logging.configure(verbose);
    CommandLine line = spec.commandLine();
    term = new Terminal(line.getOut(), line.getErr(), Terminal.colorWanted(noColor));
    return run();
  }

  /** Runs the command; returns its exit code or throws a {@link CliException}. */
  abstract int run() throws Exception;
}
