package org.csta4j.transport.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.csta4j.model.RawJson;
import org.csta4j.model.UnknownEvent;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.TransportState;
import org.junit.jupiter.api.Test;

class RecordingTransportListenerTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private static UnknownEvent tick(String name, int n) {
    return UnknownEvent.of(name, RawJson.of(Integer.toString(n)));
  }

  @Test
  void awaitTakesTheNextReportAndTheListsKeepEverything() throws Exception {
    RecordingTransportListener r = new RecordingTransportListener();
    r.onStateChanged(TransportState.NEW, TransportState.CONNECTING);
    r.onEvent(tick("Noise", 1));
    r.onEvent(tick("Tick", 2));
    r.onEvent(tick("Tick", 3));
    ConnectionLostException lost = new ConnectionLostException("gone");
    r.onConnectionLost(lost);
    IllegalStateException problem = new IllegalStateException("cut short");
    r.onMalformedMessage("DeliveredEvent", "{\"conn", problem);

    assertThat(r.awaitState(WAIT)).isEqualTo(TransportState.CONNECTING);
    UnknownEvent tick = r.awaitEvent(UnknownEvent.class, e -> e.name().equals("Tick"), WAIT);
    assertThat(tick.payload().text()).isEqualTo("2");
    assertThat(r.awaitEvent(WAIT)).isEqualTo(tick("Tick", 3));
    assertThat(r.awaitLoss(WAIT)).isSameAs(lost);
    RecordingTransportListener.Malformed m = r.awaitMalformed(WAIT);
    assertThat(m.name()).isEqualTo("DeliveredEvent");
    assertThat(m.excerpt()).isEqualTo("{\"conn");
    assertThat(m.problem()).isSameAs(problem);

    assertThat(r.events()).hasSize(3).allMatch(e -> e instanceof UnknownEvent);
    assertThat(r.states()).containsExactly(TransportState.CONNECTING);
    assertThat(r.losses()).containsExactly(lost);
    assertThat(r.malformedMessages()).containsExactly(m);
    assertThat(r.callbackThreads()).containsExactly(Thread.currentThread().getName());
    assertThat(r.overlapped()).isFalse();
  }

  @Test
  void anAwaitInVainFailsNamingWhatItWaitedFor() {
    RecordingTransportListener r = new RecordingTransportListener();
    r.onEvent(tick("Noise", 1));
    assertThatThrownBy(() -> r.awaitEvent(UnknownEvent.class, e -> false, Duration.ofMillis(20)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no matching UnknownEvent arrived within PT0.02S");
    assertThatThrownBy(() -> r.awaitLoss(Duration.ofMillis(20)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no connection loss within PT0.02S");
  }
}
