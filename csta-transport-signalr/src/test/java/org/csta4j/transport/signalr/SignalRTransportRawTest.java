package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.MakeCall;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.internal.Failures;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw escape hatch through the SignalR transport against the simulator, over real sockets. */
class SignalRTransportRawTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final AtomicLong ids = new AtomicLong();
  private CstaSimulator sim;
  private CstaTransport t;

  @BeforeEach
  void start() throws Exception {
    sim = CstaSimulator.demo().autoAnswerDelay(Duration.ZERO).start();
    t =
        new SignalRTransportFactory()
            .create(
                TransportConfig.builder(sim.hubUrl(), executor).build(), TransportListener.NONE);
    t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    send(StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)));
  }

  @AfterEach
  void stop() {
    t.close();
    sim.close();
    executor.shutdownNow();
  }

  private String nextId() {
    return "raw-" + ids.incrementAndGet();
  }

  private <R extends CstaResponse> R send(CstaRequest<R> request) throws Exception {
    return send(request, nextId());
  }

  private <R extends CstaResponse> R send(CstaRequest<R> request, String requestId)
      throws Exception {
    return t.send(request, RequestOptions.of(Duration.ofSeconds(10), requestId))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private Throwable failure(CstaRequest<?> request) {
    try {
      t.send(request, RequestOptions.of(Duration.ofSeconds(10), nextId()))
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return Failures.unwrap(e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the request succeeded but should have failed");
  }

  @Test
  void aRawSnapshotAnswersWithTheSnapshotVerbatim() throws Exception {
    String callId = send(MakeCall.of("100", "101")).callingConnection().callId().orElseThrow();

    RawResponse raw =
        send(RawRequest.of("SnapshotDevice", "{\"snapshotObject\":\"100\"}"), "raw-snapshot");

    assertThat(raw.method()).isEqualTo("SnapshotDevice");
    String json = raw.payload().orElseThrow().text();
    assertThat(json).contains("\"" + callId + "\"");
    // the transport added the request id, and the gateway echoed it
    assertThat(json).contains("\"raw-snapshot\"");
    // the same snapshot the typed request gets
    SnapshotDeviceResponse decoded =
        (SnapshotDeviceResponse)
            CstaCodec.create()
                .decodeResult("SnapshotDevice", json.getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.snapshotData())
        .isNotEmpty()
        .isEqualTo(send(SnapshotDevice.of("100")).snapshotData());
  }

  @Test
  void aCstaErrorAnswerIsATypedFailure() {
    assertThat(failure(RawRequest.of("SnapshotDevice", "{\"snapshotObject\":\"999\"}")))
        .isInstanceOfSatisfying(
            CstaFailureException.class,
            e -> assertThat(e.failure().errorValue()).isEqualTo("invalidDeviceID"));
  }

  @Test
  void anUnknownMethodIsRefusedByTheGatewayAndTheConnectionGoesOn() throws Exception {
    assertThat(failure(RawRequest.of("ParkCall", "{\"device\":\"100\"}")))
        .isInstanceOfSatisfying(
            GatewayRefusedException.class, e -> assertThat(e.method()).isEqualTo("ParkCall"))
        .hasMessage("the gateway refused ParkCall: Unknown hub method 'ParkCall'");

    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(send(GetDoNotDisturb.of("100")).doNotDisturbOn()).isFalse();
    assertThat(send(RawRequest.of("GetDoNotDisturb", "{\"device\":\"100\"}")).payload())
        .hasValueSatisfying(p -> assertThat(p.text()).contains("\"doNotDisturbOn\":false"));
  }

  @Test
  void aMalformedPayloadFailsBeforeItIsSentAndTheConnectionGoesOn() throws Exception {
    assertThat(failure(RawRequest.of("SnapshotDevice", "{\"snapshotObject\":")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageStartingWith("SnapshotDevice: malformed raw payload");

    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(send(GetDoNotDisturb.of("100")).doNotDisturbOn()).isFalse();
  }
}
