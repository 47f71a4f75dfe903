package org.csta4j.simulator;

import java.io.PrintStream;

/**
 * Runs the simulator standalone until interrupted:
 *
 * <pre>
 * java -cp ... org.csta4j.simulator.Main [--port N] [--host ADDR] [--user USER:PASSWORD@DOMAIN]... [--device NUMBER]...
 * </pre>
 *
 * With no users and devices it serves the demo configuration. It prints the hub URL, for the
 * vendor's JS or .NET samples or any SignalR client.
 */
public final class Main {
  private Main() {}

  /**
   * Starts the simulator the arguments describe and serves until the JVM is stopped; exits with
   * status 2 and the usage on a bad argument or when the simulator cannot start.
   *
   * @param args the options shown above
   * @throws InterruptedException if the main thread is interrupted while it serves
   */
  public static void main(String[] args) throws InterruptedException {
    CstaSimulator simulator;
    try {
      simulator = parse(args).start();
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("csta-simulator: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    describe(simulator, System.out);
    simulator.runUntilShutdown();
  }

  static final String USAGE =
      "usage: csta-simulator [--host ADDR] [--port N] [--user USER:PASSWORD@DOMAIN]... [--device NUMBER]...";

  /**
   * The builder the arguments describe; the demo configuration when they name no user or device.
   */
  static CstaSimulator.Builder parse(String[] args) {
    boolean configured = false;
    for (String a : args) {
      configured |= a.equals("--user") || a.equals("--device");
    }
    CstaSimulator.Builder b = configured ? CstaSimulator.builder() : CstaSimulator.demo();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException("help");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + ": needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> {
          try {
            b.port(Integer.parseInt(value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port: '" + value + "' is not a number", e);
          }
        }
        case "--host" -> b.host(value);
        case "--user" -> b.user(value);
        case "--device" -> b.device(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return b;
  }

  static void describe(CstaSimulator simulator, PrintStream out) {
    out.println("CSTA simulator listening");
    out.println("  hub URL : " + simulator.hubUrl());
    out.println(
        "  users   : "
            + String.join(", ", simulator.users())
            + (simulator.isDemo() ? " (password demo)" : " (passwords as given)"));
    out.println(
        "  devices : "
            + String.join(", ", new java.util.TreeSet<>(simulator.devices()))
            + " (also u-"
            + simulator.trunk()
            + "-<device>)");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }
}
