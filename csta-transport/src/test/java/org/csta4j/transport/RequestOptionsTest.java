package org.csta4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {
  @Test
  void theShortFormAndTheBuilderMakeEqualOptions() {
    RequestOptions of = RequestOptions.of(Duration.ofSeconds(5), "r-1");
    RequestOptions built =
        RequestOptions.builder().timeout(Duration.ofSeconds(5)).requestId("r-1").build();
    assertThat(of).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(of.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(of.requestId()).isEqualTo("r-1");
    assertThat(of).hasToString("RequestOptions{timeout=PT5S, requestId=r-1}");
  }

  @Test
  void badValuesAreRefusedNamingTheArgument() {
    assertThatThrownBy(() -> RequestOptions.of(Duration.ZERO, "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout: must be positive but is PT0S");
    assertThatThrownBy(() -> RequestOptions.of(Duration.ofSeconds(-1), "r"))
        .hasMessageStartingWith("timeout: must be positive");
    assertThatThrownBy(() -> RequestOptions.of(Duration.ofSeconds(1), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestId: must not be blank");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requestId");
  }
}
