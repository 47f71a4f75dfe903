package org.csta4j.transport.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.junit.jupiter.api.Test;

/** The in-memory transport's scripting side, as a unit test of a session would use it. */
class InMemoryTransportTest {
  private static TransportConfig config() {
    return TransportConfig.builder(URI.create("memory:test"), Runnable::run).build();
  }

  @Test
  void theTestAnswersRequestsItTakes() throws Exception {
    InMemoryTransport t = InMemoryTransport.create(config(), TransportListener.NONE);
    t.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    CompletionStage<MakeCallResponse> call =
        t.send(MakeCall.of("100", "200"), RequestOptions.of(Duration.ofSeconds(5), "r-1"));

    InMemoryTransport.SentRequest sent = t.awaitRequest(Duration.ofSeconds(5));
    assertThat(sent.method()).isEqualTo("MakeCall");
    assertThat(sent.requestId()).isEqualTo("r-1");
    sent.respond(MakeCallResponse.of(ConnectionId.of("1", "100")));

    assertThat(call.toCompletableFuture().get(5, TimeUnit.SECONDS).callingConnection().callId())
        .contains("1");
    assertThat(t.sentRequests()).hasSize(1);
    t.close();
  }

  @Test
  void aRawRequestTravelsUnderTheMethodItNames() throws Exception {
    InMemoryTransport t = InMemoryTransport.create(config(), TransportListener.NONE);
    t.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    RawRequest park = RawRequest.of("ParkCall", "{\"device\":\"100\"}");
    CompletionStage<RawResponse> parked =
        t.send(park, RequestOptions.of(Duration.ofSeconds(5), "r-1"));
    CompletionStage<RawResponse> unknown =
        t.send(RawRequest.of("Teleport", "{}"), RequestOptions.of(Duration.ofSeconds(5), "r-2"));

    InMemoryTransport.SentRequest sent = t.awaitRequest(Duration.ofSeconds(5));
    assertThat(sent.method()).isEqualTo("ParkCall");
    assertThat(sent.request()).isEqualTo(park);
    sent.respond(RawResponse.of("ParkCall", RawJson.of("{\"parkedAt\":\"700\"}")));
    InMemoryTransport.SentRequest teleport = t.awaitRequest(Duration.ofSeconds(5));
    assertThat(teleport.method()).isEqualTo("Teleport");
    teleport.refuse("Unknown hub method 'Teleport'");

    assertThat(parked.toCompletableFuture().get(5, TimeUnit.SECONDS).payload())
        .contains(RawJson.of("{\"parkedAt\":\"700\"}"));
    assertThatThrownBy(() -> unknown.toCompletableFuture().get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(GatewayRefusedException.class)
        .hasMessage("the gateway refused Teleport: Unknown hub method 'Teleport'");
    t.close();
  }

  @Test
  void gatewayRefusalsAndRefusedConnects() throws Exception {
    InMemoryTransport t = InMemoryTransport.create(config(), TransportListener.NONE);
    t.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    CompletionStage<MakeCallResponse> call =
        t.send(MakeCall.of("100", "200"), RequestOptions.of(Duration.ofSeconds(5), "r-1"));
    t.awaitRequest(Duration.ofSeconds(5)).refuse("Unknown hub method 'MakeCall'");
    assertThatThrownBy(() -> call.toCompletableFuture().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(GatewayRefusedException.class)
        .hasMessage("the gateway refused MakeCall: Unknown hub method 'MakeCall'");
    t.close();

    InMemoryTransport refused = InMemoryTransport.create(config(), TransportListener.NONE);
    refused.failConnect("gateway down");
    assertThatThrownBy(() -> refused.connect().toCompletableFuture().get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ConnectionLostException.class)
        .hasMessageContaining("gateway down");
    assertThat(refused.state()).isEqualTo(TransportState.LOST);
  }

  @Test
  void duplicateRequestIdsAreRefused() throws Exception {
    InMemoryTransport t = InMemoryTransport.create(config(), TransportListener.NONE);
    t.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    t.send(MakeCall.of("100", "200"), RequestOptions.of(Duration.ofSeconds(5), "same"));
    assertThatThrownBy(
            () ->
                t.send(MakeCall.of("100", "201"), RequestOptions.of(Duration.ofSeconds(5), "same"))
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS))
        .cause()
        .hasMessageContaining("'same' is already pending");
    t.close();
  }

  @Test
  void foundByUriThroughServiceLoader() throws Exception {
    assertThat(CstaTransports.forUri(URI.create("memory:gateway")).name()).isEqualTo("memory");
    InMemoryTransport made =
        (InMemoryTransport)
            CstaTransports.forUri(URI.create("memory:gateway"))
                .create(config(), TransportListener.NONE);
    assertThat(InMemoryTransportFactory.awaitTransport(Duration.ofSeconds(1))).isSameAs(made);
    assertThatThrownBy(() -> CstaTransports.forUri(URI.create("carrier-pigeon://x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no transport for 'carrier-pigeon' URIs; installed: memory");
  }

  @Test
  void whileInterruptedBothSidesAreHeldUntilTheResumeThenArriveInOrder() throws Exception {
    RecordingTransportListener r = new RecordingTransportListener();
    InMemoryTransport t = InMemoryTransport.create(config(), r);
    t.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    CompletionStage<MakeCallResponse> before =
        t.send(MakeCall.of("100", "200"), RequestOptions.of(Duration.ofSeconds(5), "r-1"));
    InMemoryTransport.SentRequest first = t.awaitRequest(Duration.ofSeconds(5));

    assertThat(t.interrupt("cable pulled")).isTrue();
    assertThat(t.interrupt("again")).as("never twice without a resume").isFalse();
    assertThat(t.isInterrupted()).isTrue();
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(r.awaitInterruption(Duration.ofSeconds(5))).hasMessageContaining("cable pulled");
    first.respond(MakeCallResponse.of(ConnectionId.of("1", "100"))); // held by the gateway's side
    CompletionStage<MakeCallResponse> during =
        t.send(MakeCall.of("101", "200"), RequestOptions.of(Duration.ofSeconds(5), "r-2"));
    assertThat(before.toCompletableFuture().isDone()).isFalse();
    assertThatThrownBy(() -> t.awaitRequest(Duration.ofMillis(50)))
        .as("a request sent while interrupted does not reach the gateway yet")
        .isInstanceOf(AssertionError.class);

    assertThat(t.resume()).isTrue();
    assertThat(t.resume()).isFalse();
    r.awaitResume(Duration.ofSeconds(5));
    assertThat(before.toCompletableFuture().get(5, TimeUnit.SECONDS).callingConnection().callId())
        .contains("1");
    InMemoryTransport.SentRequest second = t.awaitRequest(Duration.ofSeconds(5));
    assertThat(second.requestId()).isEqualTo("r-2");
    second.respond(MakeCallResponse.of(ConnectionId.of("2", "101")));
    assertThat(during.toCompletableFuture().get(5, TimeUnit.SECONDS).callingConnection().callId())
        .contains("2");
    assertThat(r.losses()).isEmpty();
    t.close();
  }

  @Test
  void aLossEndsAnInterruptionAndDropsWhatWasHeld() throws Exception {
    RecordingTransportListener r = new RecordingTransportListener();
    InMemoryTransport t = InMemoryTransport.create(config(), r);
    t.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    t.interrupt("cable pulled");
    CompletionStage<MakeCallResponse> during =
        t.send(MakeCall.of("101", "200"), RequestOptions.of(Duration.ofSeconds(5), "r-1"));
    t.loseConnection("the window passed");
    assertThatThrownBy(() -> during.toCompletableFuture().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ConnectionLostException.class);
    r.awaitLoss(Duration.ofSeconds(5));
    assertThat(t.isInterrupted()).isFalse();
    assertThat(t.resume()).as("a lost connection does not resume").isFalse();
    assertThat(r.calls())
        .containsSubsequence(
            RecordingTransportListener.Call.INTERRUPTED,
            RecordingTransportListener.Call.CONNECTION_LOST)
        .doesNotContain(RecordingTransportListener.Call.RESUMED);
    t.close();
  }
}
