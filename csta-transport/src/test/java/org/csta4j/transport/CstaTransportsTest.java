package org.csta4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.csta4j.model.CstaException;
import org.junit.jupiter.api.Test;

class CstaTransportsTest {
  @Test
  void noFactoryForAnUnknownSchemeIsAClearError() {
    assertThat(CstaTransports.installed()).isEmpty();
    assertThatThrownBy(() -> CstaTransports.forUri(URI.create("carrier-pigeon://x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no transport for 'carrier-pigeon' URIs; installed: none (add csta-transport-signalr)");
  }

  @Test
  void everyTransportFailureIsACstaException() {
    assertThat(new ConnectionLostException("x")).isInstanceOf(CstaException.class);
    GatewayRefusedException refused =
        new GatewayRefusedException("ParkCall", "Unknown hub method 'ParkCall'");
    assertThat(refused)
        .isInstanceOf(TransportException.class)
        .hasMessage("the gateway refused ParkCall: Unknown hub method 'ParkCall'");
    assertThat(refused.method()).isEqualTo("ParkCall");
    assertThat(refused.gatewayError()).isEqualTo("Unknown hub method 'ParkCall'");
  }
}
