package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.LocalConnectionState;
import org.junit.jupiter.api.Test;

/** The session's public value types: their checks name the field, their defaults hold. */
class ValuesTest {

  @Test
  void aCallChangeNeedsACallAndAtLeastOneState() {
    CallChange ended = CallChange.of("100", "c1", LocalConnectionState.CONNECTED, null);
    assertThat(ended.before()).contains(LocalConnectionState.CONNECTED);
    assertThat(ended.after()).isEmpty();
    assertThat(ended).hasToString("100/c1: connected -> -");
    assertThat(ended)
        .isEqualTo(CallChange.of("100", "c1", LocalConnectionState.CONNECTED, null))
        .isNotEqualTo(CallChange.of("100", "c1", LocalConnectionState.HOLD, null));
    assertThatThrownBy(() -> CallChange.of("100", "c1", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("before, after:");
    assertThatThrownBy(() -> CallChange.of(" ", "c1", null, LocalConnectionState.ALERTING))
        .hasMessage("device: must not be blank");
    assertThatThrownBy(
            () -> CallChange.builder().device("100").after(LocalConnectionState.HOLD).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("callId");
  }

  @Test
  void aGapKeepsWhatItWasGivenAndMeasuresItself() {
    Instant began = Instant.parse("2026-12-03T10:00:00Z");
    Gap gap =
        Gap.builder()
            .began(began)
            .ended(began.plusSeconds(3))
            .cause(new IllegalStateException("reset"))
            .addChanges(CallChange.of("100", "c1", null, LocalConnectionState.ALERTING))
            .resynced(Set.of("100"))
            .addNotResynced("101")
            .build();
    assertThat(gap.duration()).isEqualTo(Duration.ofSeconds(3));
    assertThat(gap.resynced()).containsExactly("100");
    assertThat(gap.notResynced()).containsExactly("101");
    assertThat(gap.toString()).contains("cause=reset", "notResynced=[101]");
    List<CallChange> changes = gap.changes();
    assertThatThrownBy(() -> changes.add(CallChange.of("1", "c", null, LocalConnectionState.HOLD)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Gap.builder().began(began).ended(began).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cause");
  }

  @Test
  void aFaultHasAMessageAndMaybeACause() {
    SessionFault f =
        SessionFault.builder()
            .kind(SessionFault.Kind.SLOW_LISTENER)
            .message("a listener took 2000 ms")
            .at(Instant.EPOCH)
            .build();
    assertThat(f.cause()).isEmpty();
    assertThat(f).hasToString("SessionFault{SLOW_LISTENER: a listener took 2000 ms}");
    assertThatThrownBy(
            () ->
                SessionFault.builder()
                    .kind(SessionFault.Kind.LISTENER_FAILED)
                    .message("")
                    .at(Instant.EPOCH)
                    .build())
        .hasMessage("message: must not be blank");
  }

  @Test
  void aPolicyShowsItsLimitsAndComparesByValue() {
    ReconnectPolicy defaults = ReconnectPolicy.defaults();
    assertThat(defaults.maxAttempts()).isEmpty();
    assertThat(defaults.giveUpAfter()).isEmpty();
    assertThat(defaults.multiplier()).isEqualTo(2.0);
    assertThat(defaults.jitter()).isEqualTo(0.2);
    assertThat(defaults).isEqualTo(ReconnectPolicy.builder().build());
    assertThat(defaults.toString()).contains("maxAttempts=unlimited", "giveUpAfter=never");
    ReconnectPolicy never = ReconnectPolicy.never();
    assertThat(never.maxAttempts()).hasValue(0);
    assertThat(never.toString()).contains("maxAttempts=0");
    assertThat(ReconnectPolicy.builder().giveUpAfter(Duration.ofMinutes(5)).build().toString())
        .contains("giveUpAfter=PT5M");
  }

  @Test
  void aSchedulerOnAnExecutorRunsTasksAndCancelsThem() throws Exception {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    executor.setRemoveOnCancelPolicy(true);
    try {
      Scheduler scheduler = Scheduler.of(executor);
      CountDownLatch ran = new CountDownLatch(1);
      scheduler.schedule(Duration.ZERO, ran::countDown);
      assertThat(ran.await(20, TimeUnit.SECONDS)).as("the task ran").isTrue();
      Scheduler.Cancellable later = scheduler.schedule(Duration.ofDays(1), () -> {});
      assertThat(executor.getQueue()).hasSize(1);
      later.cancel();
      assertThat(executor.getQueue()).as("cancelled, and removed").isEmpty();
      later.cancel(); // harmless
    } finally {
      executor.shutdownNow();
    }
  }
}
