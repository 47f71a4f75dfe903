package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

  @Test
  void firstAttemptIsImmediateThenDoublingUpToTheCap() {
    ReconnectPolicy p =
        ReconnectPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofSeconds(1))
            .jitter(0)
            .build();
    assertThat(p.delayBefore(1, () -> 0.5)).isZero();
    assertThat(p.delayBefore(2, () -> 0.5)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.delayBefore(3, () -> 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.delayBefore(5, () -> 0.5)).isEqualTo(Duration.ofMillis(800));
    assertThat(p.delayBefore(6, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.delayBefore(1000, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void jitterSpreadsEachWaitWithinItsBoundsAndNeverPastTheCap() {
    ReconnectPolicy p =
        ReconnectPolicy.builder()
            .initialBackoff(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(8))
            .jitter(0.5)
            .build();
    Random random = new Random(1);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 10_000; i++) {
      long d = p.delayBefore(3, random::nextDouble).toMillis();
      min = Math.min(min, d);
      max = Math.max(max, d);
      assertThat(p.delayBefore(20, random::nextDouble)).isLessThanOrEqualTo(Duration.ofSeconds(8));
    }
    assertThat(min).isBetween(1000L, 1100L);
    assertThat(max).isBetween(2900L, 3000L);
  }

  @Test
  void givesUpByAttemptsOrByTime() {
    ReconnectPolicy p =
        ReconnectPolicy.builder().maxAttempts(3).giveUpAfter(Duration.ofMinutes(1)).build();
    assertThat(p.giveUp(2, Duration.ofSeconds(10))).isFalse();
    assertThat(p.giveUp(3, Duration.ofSeconds(10))).isTrue();
    assertThat(p.giveUp(1, Duration.ofMinutes(1))).isTrue();
    assertThat(ReconnectPolicy.defaults().giveUp(1_000_000, Duration.ofDays(30))).isFalse();
    assertThat(ReconnectPolicy.never().giveUp(0, Duration.ZERO)).isTrue();
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(() -> ReconnectPolicy.builder().jitter(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jitter: must be in [0, 1] but is 1.5");
    assertThatThrownBy(() -> ReconnectPolicy.builder().multiplier(0.5).build())
        .hasMessageStartingWith("multiplier:");
    assertThatThrownBy(() -> ReconnectPolicy.builder().multiplier(Double.NaN).build())
        .hasMessageStartingWith("multiplier:");
    assertThatThrownBy(() -> ReconnectPolicy.builder().initialBackoff(Duration.ZERO).build())
        .hasMessageStartingWith("initialBackoff:");
    assertThatThrownBy(() -> ReconnectPolicy.builder().maxAttempts(-1).build())
        .hasMessageStartingWith("maxAttempts:");
    assertThatThrownBy(() -> ReconnectPolicy.builder().giveUpAfter(Duration.ZERO).build())
        .hasMessageStartingWith("giveUpAfter:");
    assertThatThrownBy(
            () ->
                ReconnectPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(10))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
        .hasMessageStartingWith("maxBackoff:");
    assertThatThrownBy(() -> ReconnectPolicy.defaults().delayBefore(0, () -> 0))
        .hasMessageStartingWith("attempt:");
  }
}
