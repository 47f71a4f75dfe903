package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportState;

/** The short flow the TLS and proxy tests run against the simulator's demo configuration. */
final class DemoFlow {
  private DemoFlow() {}

  /** Connects, logs in as the demo user and makes a call from 100 to 101. */
  static void connectLoginAndCall(CstaTransport t) throws Exception {
    t.connect().toCompletableFuture().get(20, TimeUnit.SECONDS);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    t.send(
            StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofSeconds(120)),
            RequestOptions.of(Duration.ofSeconds(10), "r-login"))
        .toCompletableFuture()
        .get(20, TimeUnit.SECONDS);
    MakeCallResponse call =
        t.send(MakeCall.of("100", "101"), RequestOptions.of(Duration.ofSeconds(10), "r-call"))
            .toCompletableFuture()
            .get(20, TimeUnit.SECONDS);
    assertThat(call.callingConnection().callId()).isPresent();
  }

  /** Connects, expecting it to fail within 20 s; returns why. */
  static ConnectionLostException connectFailure(CstaTransport t) {
    Throwable thrown =
        catchThrowable(() -> t.connect().toCompletableFuture().get(20, TimeUnit.SECONDS));
    if (thrown instanceof ExecutionException e
        && e.getCause() instanceof ConnectionLostException lost) {
      assertThat(t.state()).isEqualTo(TransportState.LOST);
      return lost;
    }
    throw new AssertionError(
        "connect fails with a ConnectionLostException (not: succeeds, or hangs), but: " + thrown,
        thrown);
  }
}
