package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain http/ws is allowed to this machine only, judged by the host's text. */
class SignalRTransportFactoryTest {
  private static CstaTransport create(String gateway) {
    return new SignalRTransportFactory()
        .create(
            TransportConfig.builder(URI.create(gateway), Runnable::run).build(),
            TransportListener.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1.attacker.example/csta",
        "ws://127.attacker.example/csta",
        "http://localhost.attacker.example/csta",
        "http://0177.0.0.1/csta"
      })
  void aNameThatOnlyLooksLikeLoopbackIsRefusedInPlainText(String gateway) {
    assertThatThrownBy(() -> create(gateway))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing unencrypted");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:1/csta",
        "ws://localhost:1/csta",
        "http://[::1]:1/csta",
        "https://gateway.example/csta"
      })
  void loopbackOrTlsIsAllowed(String gateway) {
    try (CstaTransport t = create(gateway)) {
      assertThat(t.state()).isEqualTo(TransportState.NEW);
    }
  }
}
