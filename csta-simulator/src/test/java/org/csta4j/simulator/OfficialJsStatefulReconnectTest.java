package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stateful reconnect against the official JS client's {@code withStatefulReconnect()}: the
 * simulator cuts the socket while events flow, and the client resumes the same connection and login
 * with every event once and in order; a cut longer than the window ends the connection. The script
 * ({@code src/test/js/stateful-reconnect.js}) prints what it sees; this test drives the simulator
 * from what it prints.
 */
class OfficialJsStatefulReconnectTest {
  private static final Path SCRIPT_DIR = Path.of("src", "test", "js");
  private static final int IN_FLIGHT = 20;

  /** The script's output, read line by line as it comes, and kept. */
  private static final class Script implements AutoCloseable {
    final Process node;
    final BufferedReader out;
    final List<String> lines = new ArrayList<>();

    Script(CstaSimulator sim, int lastTick) throws IOException {
      assertThat(SCRIPT_DIR.resolve("node_modules/@microsoft/signalr"))
          .as("the JS client, installed by 'npm ci' in " + SCRIPT_DIR + " (the build does it)")
          .isDirectory();
      node =
          new ProcessBuilder(
                  List.of(
                      "node",
                      "stateful-reconnect.js",
                      sim.hubUrl().toString(),
                      "demo",
                      "demo",
                      "demo.local",
                      Integer.toString(lastTick)))
              .directory(SCRIPT_DIR.toFile())
              .redirectErrorStream(true)
              .start();
      out =
          new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The next line; fails on the end of the output or on a line that says FAIL. */
    String next() throws IOException {
      String line = out.readLine();
      if (line == null) {
        fail("the script ended early:\n" + String.join("\n", lines));
      }
      lines.add(line);
      if (line.startsWith("FAIL")) {
        fail(String.join("\n", lines));
      }
      return line;
    }

    /** Skips lines until one starts with {@code prefix}; returns it. */
    String await(String prefix) throws IOException {
      while (true) {
        String line = next();
        if (line.startsWith(prefix)) {
          return line;
        }
      }
    }

    /** The next tick the client received, which must be {@code expected}. */
    int tick(int expected) throws IOException {
      String line = next();
      assertThat(line).as(String.join("\n", lines)).isEqualTo("tick " + expected);
      return expected;
    }

    @Override
    public void close() {
      try {
        if (!node.waitFor(30, TimeUnit.SECONDS)) {
          node.destroyForcibly();
        }
      } catch (InterruptedException e) {
        node.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void tick(CstaSimulator sim, int n) {
    assertThat(sim.faults().sendUnknownEvent("Tick", "{\"n\":" + n + "}")).isOne();
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void theClientResumesACutConnectionWithEveryEventOnceAndInOrder() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        Script script = new Script(sim, 300)) {
      String id = script.await("ready ").substring("ready ".length());
      assertThat(sim.connectionIds()).containsExactly(id);
      assertThat(sim.sessionCount()).isOne();

      int confirmed = 0;
      for (int n = 1; n <= 100; n++) { // before the cut, with up to 20 on the way
        tick(sim, n);
        while (n - confirmed >= IN_FLIGHT) {
          confirmed = script.tick(confirmed + 1);
        }
      }
      // events still on the way when the socket goes; resumes are held back for 500 ms
      assertThat(sim.faults().cutConnection(id, Duration.ofMillis(500))).isTrue();
      for (int n = 101; n <= 200; n++) { // during the cut
        tick(sim, n);
      }
      while (confirmed < 200) { // arrive once the client has resumed
        confirmed = script.tick(confirmed + 1);
      }
      assertThat(sim.connectionIds()).as("the same connection, resumed").containsExactly(id);
      assertThat(sim.sessionCount()).as("no new login").isOne();
      for (int n = 201; n <= 300; n++) { // after the cut
        tick(sim, n);
        while (n - confirmed >= IN_FLIGHT) {
          confirmed = script.tick(confirmed + 1);
        }
      }
      String after = script.await("after ");
      assertThat(after).startsWith("after " + id + " ");
      assertThat(script.await("OK")).isEqualTo("OK");
      assertThat(script.lines).noneMatch(l -> l.startsWith("closed ") && !l.equals("closed "));
      assertThat(sim.faultLog())
          .filteredOn(f -> f.fault().equals("cut-connection"))
          .singleElement()
          .satisfies(f -> assertThat(f.detail()).contains(id, "may resume"));
    }
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aCutLongerThanTheWindowEndsTheConnection() throws Exception {
    try (CstaSimulator sim =
            CstaSimulator.demo().statefulReconnectWindow(Duration.ofSeconds(1)).start();
        Script script = new Script(sim, 1_000_000)) {
      String id = script.await("ready ").substring("ready ".length());
      for (int n = 1; n <= 10; n++) {
        tick(sim, n);
        script.tick(n);
      }
      assertThat(sim.faults().cutConnection(id, Duration.ofSeconds(3))).isTrue();
      assertThat(script.await("closed ")).isNotNull();
      assertThat(script.await("LOST")).isEqualTo("LOST");
      assertThat(sim.sessionCount()).as("the session ended with the window").isZero();
      assertThat(sim.connectionIds()).isEmpty();
    }
  }
}
