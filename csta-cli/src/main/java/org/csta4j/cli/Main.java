package org.csta4j.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code csta} command's entry point: {@code java -jar csta.jar demo}, or {@code ./csta demo}
 * at the repository root. Run {@code csta --help} for the commands and their exit codes.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits the JVM with its code: 0 done, 1 failed, 2 wrong usage, 3
   * cannot connect, 4 login refused (as {@code csta --help} lists them).
   *
   * @param args the command line, e.g. {@code demo}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line on the calling thread and returns its exit code, for embedding and tests:
   * it never exits the JVM, and reports a failed command as one line on stderr and its exit code
   * rather than by throwing.
   *
   * @param args the command line, e.g. {@code demo}
   * @return the exit code, as {@link #main} would exit with
   */
  public static int run(String... args) {
    return run(new CommandLine(new CstaCommand()), args);
  }

  /**
   * {@link #run(String...)} writing to these instead of stdout and stderr, for in-process tests.
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new CstaCommand());
    line.setOut(out);
    line.setErr(err);
    return run(line, args);
  }

  private static int run(CommandLine line, String... args) {
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
      List<String> suggestions = unmatched.getSuggestions();
      List<String> unmatchedWords = unmatched.getUnmatched();
      if (!unmatchedWords.isEmpty() && !unmatchedWords.get(0).startsWith("-")) {
        // a command: picocli's similarity misses swapped letters (dmeo) and offers unrelated
        // commands for a word like none of them; the closest by edit distance, or none
        suggestions =
            OptionWords.closest(
                unmatchedWords.get(0), line.getCommandSpec().subcommands().keySet());
      }
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
