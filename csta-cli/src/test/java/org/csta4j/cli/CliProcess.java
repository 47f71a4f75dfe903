package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM running a main class on this test's class path, as a user runs {@code csta}: its
 * stdout and stderr are pipes (so no terminal, no colour), read line by line as they come.
 */
final class CliProcess implements AutoCloseable {
  /** Generous: a child JVM on a loaded 2-core machine starts slowly. */
  static final long WAIT_SECONDS = 90;

  private final Process process;
  private final BlockingQueue<String> outQueue = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> errQueue = new LinkedBlockingQueue<>();
  private final List<String> out = new CopyOnWriteArrayList<>();
  private final List<String> err = new CopyOnWriteArrayList<>();
  private final Thread outReader;
  private final Thread errReader;

  private CliProcess(Process process) {
    this.process = process;
    this.outReader = pump(process.getInputStream(), out, outQueue, "stdout");
    this.errReader = pump(process.getErrorStream(), err, errQueue, "stderr");
  }

  /** Runs {@code org.csta4j.cli.Main} with these arguments. */
  static CliProcess csta(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("org.csta4j.cli.Main");
    command.addAll(List.of(args));
    return java(env, System.getProperty("java.class.path"), command);
  }

  /** Runs {@code java -cp classPath command...}. */
  static CliProcess java(Map<String, String> env, String classPath, List<String> command)
      throws IOException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("-XX:TieredStopAtLevel=1"); // starts faster; these runs are short
    line.add("-cp");
    line.add(classPath);
    line.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(line);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    pb.environment().keySet().removeIf(k -> k.equals("NO_COLOR") || k.startsWith("CSTA_"));
    pb.environment().putAll(env);
    CliProcess p = new CliProcess(pb.start());
    p.process.getOutputStream().close(); // no stdin: nobody to type a password
    return p;
  }

  /** Waits for the exit and for all output; returns the exit code. */
  int awaitExit() throws InterruptedException {
    boolean exited = process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(exited)
        .as("exited within %d s; stdout %s, stderr %s", WAIT_SECONDS, out, err)
        .isTrue();
    outReader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    errReader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    return process.exitValue();
  }

  /** The first stdout line that matches, waiting for it. */
  String awaitOut(Predicate<String> match) throws InterruptedException {
    return await(outQueue, match, "stdout");
  }

  /** The first stderr line that matches, waiting for it. */
  String awaitErr(Predicate<String> match) throws InterruptedException {
    return await(errQueue, match, "stderr");
  }

  private String await(BlockingQueue<String> queue, Predicate<String> match, String name)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (true) {
      String line = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(line)
          .as("a matching %s line within %d s; stdout %s, stderr %s", name, WAIT_SECONDS, out, err)
          .isNotNull();
      if (match.test(line)) {
        return line;
      }
    }
  }

  /** Sends SIGTERM, as a service manager (or Ctrl-C's SIGINT) would. */
  void terminate() {
    process.destroy();
  }

  List<String> out() {
    return out;
  }

  List<String> err() {
    return err;
  }

  String outText() {
    return String.join("\n", out);
  }

  String errText() {
    return String.join("\n", err);
  }

  /** Kills the process if it still runs (a failed test must not leave a JVM behind). */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Thread pump(
      InputStream in, List<String> lines, BlockingQueue<String> queue, String name) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                  queue.add(line);
                }
              } catch (IOException e) {
                // the pipe closes under the reader when the process is killed: nothing more to read
              }
            },
            "cli-" + name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
