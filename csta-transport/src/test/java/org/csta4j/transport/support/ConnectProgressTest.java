package org.csta4j.transport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.csta4j.transport.TransportConfig;
import org.junit.jupiter.api.Test;

class ConnectProgressTest {
  private final TransportConfig config =
      TransportConfig.builder(URI.create("https://gateway.example/csta"), Runnable::run)
          .connectTimeout(Duration.ofMillis(700))
          .build();

  @Test
  void everyFailureNamesTheGateway() {
    ConnectProgress p = new ConnectProgress(config, "the negotiate response");

    assertThat(p.cannotConnect("negotiate failed: Connection refused"))
        .isEqualTo(
            "cannot connect to https://gateway.example/csta: negotiate failed: Connection refused");
  }

  @Test
  void theDeadlineNamesTheTimeoutAndTheStepLastReached() {
    ConnectProgress p = new ConnectProgress(config, "the negotiate response");
    assertThat(p.timedOut())
        .isEqualTo(
            "cannot connect to https://gateway.example/csta: not connected within 700 ms"
                + " (connectTimeout), still waiting for the negotiate response");

    p.waitingFor("the SignalR handshake response");

    assertThat(p.timedOut()).endsWith("still waiting for the SignalR handshake response");
  }
}
