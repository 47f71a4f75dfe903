package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.csta4j.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A gateway message over the client's limit, over real sockets: refused before it is read, the
 * connection closed, a fault that names the limit, and the session recovers as for any loss.
 */
@ParameterizedClass
@ValueSource(strings = {Transports.OFFICIAL, Transports.JETTY})
class OversizeMessageTest {
  /** The transport under test, by name: each run of the class names it. */
  @SuppressWarnings("NullAway.Init") // set by JUnit before each run
  @Parameter
  String transport;

  @Test
  void aMessageOverTheLimitIsARecoveredLossThatNamesTheLimit() throws Exception {
    RecordingListener rec = new RecordingListener();
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaClient client =
            SessionRecoveryTest.client(sim, rec, transport).maxMessageBytes(64 * 1024).build()) {
      CstaSession session = client.connect().get(20, TimeUnit.SECONDS);
      Monitor m = session.monitor("100").get(20, TimeUnit.SECONDS);
      String big = "{\"blob\":\"" + "x".repeat(200 * 1024) + "\"}";
      assertThat(sim.faults().sendUnknownEvent("HugeEvent", big)).isPositive();

      SessionFault lost = rec.awaitFault(SessionFault.Kind.CONNECTION_LOST);
      assertThat(lost.message()).contains("65536", "maxMessageBytes");
      rec.awaitState(SessionState.RECONNECTING);
      rec.awaitGap();
      assertThat(session.state())
          .as("ACTIVE by the time the gap is told")
          .isEqualTo(SessionState.ACTIVE);
      rec.awaitState(SessionState.ACTIVE);
      assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
      // a message under the limit still gets through on the new connection
      assertThat(session.snapshot("100"))
          .as("faults: %s", rec.allFaults)
          .succeedsWithin(Duration.ofSeconds(20));
    }
  }
}
