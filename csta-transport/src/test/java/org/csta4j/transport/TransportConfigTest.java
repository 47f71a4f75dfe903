package org.csta4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class TransportConfigTest {
  private static final URI GATEWAY = URI.create("https://gw.example/csta");
  private static final Executor DIRECT = Runnable::run;

  private static TransportConfig.Builder builder() {
    return TransportConfig.builder(GATEWAY, DIRECT);
  }

  @Test
  void onlyTheGatewayAndTheExecutorAreRequired() {
    TransportConfig config = builder().build();
    assertThat(config.gateway()).isEqualTo(GATEWAY);
    assertThat(config.callbackExecutor()).isSameAs(DIRECT);
    assertThat(config.headers()).isEmpty();
    assertThat(config.accessTokenProvider()).isEmpty();
    assertThat(config.connectTimeout())
        .isEqualTo(Duration.ofSeconds(10))
        .isEqualTo(TransportConfig.DEFAULT_CONNECT_TIMEOUT);
    assertThatThrownBy(() -> TransportConfig.builder().gateway(GATEWAY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("callbackExecutor");
    assertThatThrownBy(() -> TransportConfig.builder().callbackExecutor(DIRECT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway");
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
  void invalidValuesAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> builder().maxMessageBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMessageBytes: must be positive but is 0");
    assertThatThrownBy(() -> builder().maxMessageBytes(-5).build())
        .hasMessage("maxMessageBytes: must be positive but is -5");
    assertThatThrownBy(() -> builder().connectTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout: must be positive but is PT0S");
    assertThatThrownBy(() -> builder().connectTimeout(Duration.ofMillis(-1)).build())
        .hasMessageStartingWith("connectTimeout: must be positive");
    assertThatThrownBy(() -> builder().header(" ", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("headers: a header name must not be blank");
  }

  @Test
  void headersKeepTheirOrderAndALaterValueReplacesAnEarlierOne() {
    TransportConfig config =
        builder().header("X-One", "1").header("X-Two", "2").header("X-One", "again").build();
    assertThat(config.headers()).containsExactly(entry("X-One", "again"), entry("X-Two", "2"));
    assertThatThrownBy(() -> config.headers().put("X-Three", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringShowsTheSettingsButNoHeaderValueOrToken() {
    TransportConfig config =
        builder()
            .header("Authorization", "Bearer secret-token")
            .accessTokenProvider(() -> "another-secret")
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    assertThat(config.accessTokenProvider())
        .hasValueSatisfying(t -> assertThat(t.get()).isEqualTo("another-secret"));
    assertThat(config.toString())
        .startsWith("TransportConfig{")
        .contains("gateway=https://gw.example/csta", "connectTimeout=PT3S", "headers=****")
        .doesNotContain("secret-token", "another-secret", "Bearer");
  }

  private static java.util.Map.Entry<String, String> entry(String k, String v) {
    return java.util.Map.entry(k, v);
  }
}
