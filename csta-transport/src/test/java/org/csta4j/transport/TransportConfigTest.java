package org.csta4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TransportConfigTest {
  private static TransportConfig.Builder builder() {
    return TransportConfig.builder(URI.create("https://gw.example/csta"), Runnable::run);
  }

  @Test
  void incomingMessagesAreLimitedToFourMebibytesByDefault() {
    assertThat(builder().build().maxMessageBytes())
        .isEqualTo(4 * 1024 * 1024)
        .isEqualTo(TransportConfig.DEFAULT_MAX_MESSAGE_BYTES);
    assertThat(builder().maxMessageBytes(1).build().maxMessageBytes()).isEqualTo(1);
    assertThat(builder().maxMessageBytes(64 << 20).build().toString())
        .contains("maxMessageBytes=67108864");
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> builder().maxMessageBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMessageBytes: must be positive but is 0");
    assertThatThrownBy(() -> builder().maxMessageBytes(-5))
        .hasMessage("maxMessageBytes: must be positive but is -5");
  }
}
