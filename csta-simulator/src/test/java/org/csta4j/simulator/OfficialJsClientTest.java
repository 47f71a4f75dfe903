package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interop with the official JS client {@code @microsoft/signalr} under Node: uni-tel's TypeScript
 * sample flow, as plain JS, end to end against the simulator. The JS client sends text frames and
 * counts invocation ids from 0, unlike the Java client. The build installs the client with npm (see
 * this module's pom).
 */
class OfficialJsClientTest {
  private static final Path SCRIPT_DIR = Path.of("src", "test", "js");

  @Test
  void vendorSampleFlowRunsEndToEnd() throws Exception {
    assertThat(SCRIPT_DIR.resolve("node_modules/@microsoft/signalr"))
        .as("the JS client, installed by 'npm ci' in " + SCRIPT_DIR + " (the build does it)")
        .isDirectory();
    try (CstaSimulator sim = CstaSimulator.demo().start()) {
      Process node =
          new ProcessBuilder(
                  List.of(
                      "node",
                      "vendor-flow.js",
                      sim.hubUrl().toString(),
                      "demo",
                      "demo",
                      "demo.local"))
              .directory(SCRIPT_DIR.toFile())
              .redirectErrorStream(true)
              .start();
      assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
      String output = read(node);
      assertThat(node.exitValue()).as(output).isZero();
      assertThat(output)
          .contains("connected", "session ", "monitor ", "call ")
          .contains("event Delivered {\"monitorCrossRefID\"")
          .contains("event Established", "event ConnectionCleared")
          .contains("cleared {\"privateData\":{\"requestID\":\"request-clearconnection-")
          .endsWith("OK\n");
    }
  }

  private static String read(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
