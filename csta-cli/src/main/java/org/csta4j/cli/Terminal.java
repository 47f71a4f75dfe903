package org.csta4j.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes for people: its standard output and error, with ANSI colour only when
 * standard output is a terminal and the user did not turn colour off ({@code --no-color} or the
 * {@code NO_COLOR} environment variable). Lines are written whole, so lines from listener threads
 * never interleave mid-line with the command's own.
 */
final class Terminal {
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean color;

  Terminal(PrintWriter out, PrintWriter err, boolean color) {
    this.out = out;
    this.err = err;
    this.color = color;
  }

  /** Colour when stdout is a terminal, {@code noColor} is false and NO_COLOR is unset or empty. */
  static boolean colorWanted(boolean noColor) {
    String env = System.getenv("NO_COLOR");
    return !noColor && (env == null || env.isEmpty()) && stdoutIsTerminal();
  }

  static boolean stdoutIsTerminal() {
    return interactiveConsole() != null;
  }

  /**
   * The console when stdin and stdout are terminals, else null. Java 17 has a console only then;
   * from Java 22 on there is one when they are not, and {@code Console.isTerminal()} tells.
   */
  @SuppressWarnings("SystemConsoleNull") // the null check is what Java 17 to 21 need
  static @Nullable Console interactiveConsole() {
    Console console = System.console();
    if (console == null) {
      return null;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console)) ? console : null;
    } catch (NoSuchMethodException e) {
      return console;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  boolean color() {
    return color;
  }

  /** Writes one line to stdout and flushes it. */
  synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  /** Writes one line to stderr and flushes it. */
  synchronized void note(String text) {
    err.println(text);
    err.flush();
  }

  String bold(String s) {
    return paint("1", s);
  }

  String dim(String s) {
    return paint("2", s);
  }

  String green(String s) {
    return paint("32", s);
  }

  String red(String s) {
    return paint("31", s);
  }

  String yellow(String s) {
    return paint("33", s);
  }

  String cyan(String s) {
    return paint("36", s);
  }

  private String paint(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
