package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csta4j.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * call, clear, snapshot and monitor as processes against a simulator started here on port 0, with a
 * user whose password must never show up in any output.
 */
class GatewayCommandsTest {
  private static final String PASSWORD = "Zq9-never-printed-771";
  private static final Map<String, String> ENV = Map.of("CSTA_TEST_PASSWORD", PASSWORD);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CstaSimulator sim;

  @BeforeAll
  static void start() {
    sim =
        CstaSimulator.builder()
            .user("alice", PASSWORD, "pbx.test")
            .device("100")
            .device("101")
            .device("102")
            .autoAnswerDelay(Duration.ZERO) // calls stay ringing: snapshots see them
            .start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static List<String> login(String gateway, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--gateway",
            gateway,
            "--user",
            "alice",
            "--pbx-domain",
            "pbx.test",
            "--password-env",
            "CSTA_TEST_PASSWORD"));
    return all;
  }

  private static CliProcess csta(Map<String, String> env, List<String> args) throws Exception {
    return CliProcess.csta(env, args.toArray(String[]::new));
  }

  private static CliProcess csta(String... args) throws Exception {
    return csta(ENV, login(sim.hubUrl().toString(), args));
  }

  @Test
  void callPrintsTheCallIdAndClearEndsTheCall() throws Exception {
    String callId;
    try (CliProcess call = csta("call", "100", "101")) {
      assertThat(call.awaitExit()).as(call.errText()).isZero();
      assertThat(call.out()).hasSize(1);
      assertThat(call.out().get(0)).matches("call \\d+: 100 -> 101");
      callId = call.out().get(0).replaceAll("call (\\d+):.*", "$1");
    }
    assertThat(sim.pbx().connections("101")).anyMatch(c -> c.callId().orElse("").equals(callId));

    try (CliProcess clear = csta("clear", callId)) {
      assertThat(clear.awaitExit()).as(clear.errText()).isZero();
      assertThat(clear.out()).containsExactly("call " + callId + ": cleared");
    }
    assertThat(sim.pbx().connections("101")).noneMatch(c -> c.callId().orElse("").equals(callId));

    try (CliProcess again = csta("clear", callId)) {
      assertThat(again.awaitExit()).isEqualTo(1);
      assertThat(again.out()).isEmpty();
      assertThat(again.err())
          .containsExactly(
              "csta clear: ClearConnection of call "
                  + callId
                  + ": the gateway refused it (operation/invalidCallID)."
                  + " Is the call still there? csta snapshot DEVICE lists the calls at a device.");
    }
  }

  @Test
  void jsonAnswersAreOneObjectPerLine() throws Exception {
    String callId;
    try (CliProcess call = csta("call", "102", "101", "--json")) {
      assertThat(call.awaitExit()).as(call.errText()).isZero();
      assertThat(call.out()).hasSize(1);
      JsonNode line = JSON.readTree(call.out().get(0));
      assertThat(line.get("response").asText()).isEqualTo("MakeCall");
      assertThat(line.at("/data/callingDevice/deviceId").asText()).isEqualTo("102");
      callId = line.at("/data/callingDevice/callId").asText();
      assertThat(callId).isNotBlank();
    }
    try (CliProcess snapshot = csta("snapshot", "102", "--json")) {
      assertThat(snapshot.awaitExit()).as(snapshot.errText()).isZero();
      assertThat(snapshot.out()).hasSize(1);
      JsonNode line = JSON.readTree(snapshot.out().get(0));
      assertThat(line.get("response").asText()).isEqualTo("SnapshotDevice");
      assertThat(line.at("/data/snapshotData"))
          .anyMatch(c -> c.at("/connectionIdentifier/callId").asText().equals(callId));
    }
    try (CliProcess snapshot = csta("snapshot", "102")) {
      assertThat(snapshot.awaitExit()).as(snapshot.errText()).isZero();
      assertThat(snapshot.out().get(0)).matches("102: \\d+ calls?");
      assertThat(snapshot.out()).anyMatch(l -> l.matches("  call " + callId + "  \\S+  with 101"));
    }
    try (CliProcess clear = csta("clear", callId, "--device", "101", "--json")) {
      assertThat(clear.awaitExit()).as(clear.errText()).isZero();
      assertThat(JSON.readTree(clear.out().get(0)).get("response").asText())
          .isEqualTo("ClearConnection");
    }
  }

  @Test
  void monitorStreamsEventsAsJsonUntilTerminated() throws Exception {
    try (CliProcess monitor = csta("monitor", "100", "--json")) {
      monitor.awaitErr(l -> l.startsWith("monitoring 100 at " + sim.hubUrl()));
      String callId = sim.pbx().incomingCall("22334455", "100");
      String delivered = monitor.awaitOut(l -> l.contains("\"event\":\"Delivered\""));
      JsonNode event = JSON.readTree(delivered);
      assertThat(event.get("device").asText()).isEqualTo("100");
      assertThat(event.at("/data/connection/callId").asText()).isEqualTo(callId);
      assertThat(event.at("/data/alertingDevice/deviceIdentifier").asText()).isEqualTo("100");
      sim.pbx().hangUp("100");
      monitor.awaitOut(l -> l.contains("\"event\":\"ConnectionCleared\""));
      monitor.terminate();
      // SIGTERM: the shutdown hook logs out; the JVM then exits with 128 + 15
      assertThat(monitor.awaitExit()).isEqualTo(143);
      for (String line : monitor.out()) {
        assertThat(JSON.readTree(line).get("event").asText()).as(line).isNotBlank();
      }
      assertThat(monitor.errText()).doesNotContain(PASSWORD);
    }
  }

  @Test
  void aWrongPasswordIsExitFourAndOneLineWithoutIt() throws Exception {
    String wrong = "wrong-" + PASSWORD;
    try (CliProcess call =
        csta(
            Map.of("CSTA_TEST_PASSWORD", wrong),
            login(sim.hubUrl().toString(), "call", "100", "101", "--verbose"))) {
      assertThat(call.awaitExit()).isEqualTo(4);
      assertThat(call.out()).isEmpty();
      List<String> errors = call.err().stream().filter(l -> l.startsWith("csta call:")).toList();
      assertThat(errors)
          .containsExactly(
              "csta call: login as alice@pbx.test refused (session/invalidApplicationInfo)."
                  + " Check --user, --pbx-domain and the password.");
      // not even the protocol log of --verbose shows it
      assertThat(call.errText()).contains("DEBUG").doesNotContain(wrong, PASSWORD);
    }
    try (CliProcess quiet =
        csta(
            Map.of("CSTA_TEST_PASSWORD", wrong),
            login(sim.hubUrl().toString(), "call", "1", "2"))) {
      assertThat(quiet.awaitExit()).isEqualTo(4);
      assertThat(quiet.err()).hasSize(1);
    }
  }

  @Test
  void theVerboseProtocolLogNeverShowsThePassword() throws Exception {
    try (CliProcess call = csta("call", "101", "102", "--verbose")) {
      assertThat(call.awaitExit()).as(call.errText()).isZero();
      assertThat(call.errText())
          .contains("DEBUG protocol - connecting to " + sim.hubUrl() + " as alice@pbx.test")
          .contains("-> MakeCall 101 -> 102")
          .contains("<- MakeCallResponse{")
          .doesNotContain(PASSWORD);
      assertThat(call.outText()).doesNotContain(PASSWORD);
    }
  }

  @Test
  void anUnreachableGatewayIsExitThree() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String gateway = "http://127.0.0.1:" + port + "/csta";
    try (CliProcess call = csta(ENV, login(gateway, "call", "100", "101"))) {
      assertThat(call.awaitExit()).isEqualTo(3);
      assertThat(call.err()).hasSize(1);
      assertThat(call.err().get(0))
          .startsWith("csta call: cannot connect to " + gateway + ": ")
          .endsWith(
              "Check that the gateway is up and that --gateway is its hub URL"
                  + " (like https://gateway.example/csta).");
    }
  }

  @Test
  void aRefusedRequestIsExitOneAndNamesTheRequest() throws Exception {
    try (CliProcess call = csta("snapshot", "999")) {
      assertThat(call.awaitExit()).isEqualTo(1);
      assertThat(call.err())
          .containsExactly(
              "csta snapshot: SnapshotDevice 999: the gateway refused it"
                  + " (operation/invalidDeviceID). Check that 999 is a device this user may see.");
    }
  }

  @Test
  void usageErrorsAreExitTwoBeforeAnythingIsSent() throws Exception {
    String hub = sim.hubUrl().toString();
    // the variable is not set
    try (CliProcess call = csta(Map.of(), login(hub, "call", "100", "101"))) {
      assertThat(call.awaitExit()).isEqualTo(2);
      assertThat(call.err().get(0)).startsWith("csta call: --password-env CSTA_TEST_PASSWORD: ");
    }
    // no terminal to ask on, and no --password-env
    try (CliProcess call =
        CliProcess.csta(
            ENV,
            "call",
            "100",
            "101",
            "--gateway",
            hub,
            "--user",
            "alice",
            "--pbx-domain",
            "pbx.test")) {
      assertThat(call.awaitExit()).isEqualTo(2);
      assertThat(call.err()).hasSize(1);
      assertThat(call.err().get(0)).startsWith("csta call: no password: ");
    }
    // plain http to another machine is refused before any packet leaves
    try (CliProcess call = csta(ENV, login("http://gateway.example/csta", "call", "1", "2"))) {
      assertThat(call.awaitExit()).isEqualTo(2);
      assertThat(call.err())
          .containsExactly(
              "csta call: --gateway: plain http to gateway.example would send the password"
                  + " unencrypted; use https (or wss), or add --insecure if you mean it");
    }
    try (CliProcess call = CliProcess.csta(ENV, "call", "100")) {
      assertThat(call.awaitExit()).isEqualTo(2);
      assertThat(call.err()).hasSize(1);
      assertThat(call.err().get(0))
          .startsWith("csta call: Missing required options and parameters:")
          .endsWith("See 'csta call --help'.");
    }
  }
}
