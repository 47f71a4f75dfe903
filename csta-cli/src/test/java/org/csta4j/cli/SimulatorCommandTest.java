package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.junit.jupiter.api.Test;

/** {@code csta simulator} as a process: it serves until terminated, and a client can log in. */
class SimulatorCommandTest {
  @Test
  void servesTheDemoConfigurationUntilTerminated() throws Exception {
    try (CliProcess simulator = CliProcess.csta(Map.of(), "simulator", "--port", "0")) {
      String listening = simulator.awaitOut(l -> l.startsWith("CSTA simulator listening on "));
      URI hub = URI.create(listening.substring("CSTA simulator listening on ".length()));
      assertThat(hub.toString()).matches("http://127\\.0\\.0\\.1:\\d+/csta");
      simulator.awaitOut(l -> l.equals("Press Ctrl-C to stop."));
      assertThat(simulator.out())
          .contains(
              "  users   : demo@demo.local (password demo)",
              "  devices : 100, 101, 102, 200 (also u-1-<device>)");

      try (CstaClient client =
          CstaClient.builder().gateway(hub).credentials("demo", "demo", "demo.local").build()) {
        CstaSession session = client.connect().get(CliProcess.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(
                session
                    .snapshot("200")
                    .get(CliProcess.WAIT_SECONDS, TimeUnit.SECONDS)
                    .snapshotData())
            .isEmpty();
      }
      simulator.terminate();
      assertThat(simulator.awaitExit()).isEqualTo(143);
    }
  }

  @Test
  void configuredUsersAndDevicesReplaceTheDemoAndTheirPasswordsAreNotPrinted() throws Exception {
    try (CliProcess simulator =
        CliProcess.csta(
            Map.of(),
            "simulator",
            "--port",
            "0",
            "--user",
            "bob:Hidden-Pw-5@pbx.test",
            "--device",
            "7001")) {
      simulator.awaitOut(l -> l.equals("Press Ctrl-C to stop."));
      assertThat(simulator.out())
          .contains(
              "  users   : bob@pbx.test (passwords as given)",
              "  devices : 7001 (also u-1-<device>)");
      assertThat(simulator.outText()).doesNotContain("Hidden-Pw-5");
      simulator.terminate();
      simulator.awaitExit();
    }
  }

  @Test
  void aBadUserIsAUsageError() throws Exception {
    try (CliProcess simulator =
        CliProcess.csta(Map.of(), "simulator", "--port", "0", "--user", "nobody")) {
      assertThat(simulator.awaitExit()).isEqualTo(2);
      assertThat(simulator.err())
          .containsExactly("csta simulator: --user: expected USER:PASSWORD@DOMAIN");
    }
  }
}
