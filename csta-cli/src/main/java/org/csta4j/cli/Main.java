package org.csta4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code csta} command's entry point: {@code java -jar csta.jar demo}, or {@code ./csta demo}
 * at the repository root. Run {@code csta --help} for the commands and their exit codes.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for embedding; does not exit). */
  public static int run(String... args) {
    CommandLine line = new CommandLine(new CstaCommand());
    line.setParameterExceptionHandler(Main::usageError);
    line.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          PrintWriter err = failed.getErr();
          CliException c =
              e instanceof CliException cli
                  ? cli
                  : new CliException(
                      ExitCode.FAILED,
                      "unexpected "
                          + e.getClass().getSimpleName()
                          + ": "
                          + Failures.rootMessage(e)
                          + " (--verbose shows where)",
                      e);
          err.println(failed.getCommandSpec().qualifiedName() + ": " + c.getMessage());
          Object command = failed.getCommand();
          if (command instanceof BaseCommand base && base.verbose) {
            c.printStackTrace(err);
          }
          err.flush();
          return c.exitCode();
        });
    return line.execute(args);
  }

  /** One line: what was wrong with the command line, and where to read more. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    String name = line.getCommandSpec().qualifiedName();
    String suggestion = "";
    if (e instanceof UnmatchedArgumentException unmatched) {
      var suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        suggestion = " Did you mean " + String.join(" or ", suggestions) + "?";
      }
    }
    PrintWriter err = line.getErr();
    err.println(name + ": " + e.getMessage() + "." + suggestion + " See '" + name + " --help'.");
    err.flush();
    return line.getCommandSpec().exitCodeOnInvalidInput();
  }
}
