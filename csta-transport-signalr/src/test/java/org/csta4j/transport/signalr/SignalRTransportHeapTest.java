package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.csta4j.transport.testing.HostileServer;
import org.junit.jupiter.api.Test;

/**
 * A gateway that sends one 50 MB message to a client whose JVM has a 100 MB heap: the default limit
 * (4 MiB) refuses it before it is buffered, the client survives and reports a loss naming the
 * limit. Without the limit, OkHttp buffers the whole message (and copies it once more) and the
 * client runs out of memory.
 */
class SignalRTransportHeapTest {
  private static final long FIFTY_MB = 50_000_000L;

  @Test
  void aFiftyMegabyteMessageIsRefusedAndAClientWithAHundredMegabyteHeapSurvives() throws Exception {
    try (HostileServer server =
        HostileServer.start(
            new HostileServer.Behaviour() {
              @Override
              public void webSocket(HostileServer.Peer ws) throws IOException {
                ws.answerHandshake();
                ws.awaitPing();
                byte[] head =
                    "{\"type\":1,\"target\":\"Parked\",\"arguments\":[{\"pad\":\""
                        .getBytes(StandardCharsets.UTF_8);
                byte[] tail = "\"}]}\u001e".getBytes(StandardCharsets.UTF_8);
                ws.sendHeader(0x1, true, false, FIFTY_MB);
                ws.write(head);
                // all of it, unless the client closes first
                if (ws.sendPayload(FIFTY_MB - head.length - tail.length, (byte) 'x') >= 0) {
                  ws.write(tail);
                }
                ws.hold();
              }
            })) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx100m",
                  "-XX:TieredStopAtLevel=1",
                  "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                  "-cp",
                  System.getProperty("java.class.path"),
                  HeapLimitClient.class.getName(),
                  server.hubUrl().toString())
              .redirectErrorStream(true)
              .start();
      child.getOutputStream().close();
      CompletableFuture<List<String>> output =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                      .lines()
                      .toList();
                } catch (IOException e) {
                  return List.of("cannot read the child's output: " + e);
                }
              });
      // generous: a child JVM on a loaded 2-core machine starts slowly
      boolean exited = child.waitFor(120, TimeUnit.SECONDS);
      if (!exited) {
        child.destroyForcibly();
      }
      List<String> lines = output.get(30, TimeUnit.SECONDS);
      assertThat(exited).as("the child exited; its output: %s", lines).isTrue();
      assertThat(child.exitValue()).as("exit code; output: %s", lines).isZero();
      assertThat(lines)
          .contains("CONNECTED")
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith("LOST ")
                      .contains("maxMessageBytes")
                      .contains(String.valueOf(4 << 20)));
    }
  }
}
