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

    assertThat(call.toCompletableFuture().get(5, TimeUnit.SECONDS).callingDevice().callId())
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
}
