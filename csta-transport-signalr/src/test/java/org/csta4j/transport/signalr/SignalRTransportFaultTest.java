package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.OperationError;
import org.csta4j.model.SessionError;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.UnknownEvent;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.HubErrorException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault of the simulator surfaces through the transport as the right state or typed error. */
class SignalRTransportFaultTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final AtomicLong ids = new AtomicLong();
  private final BlockingQueue<CstaEvent> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<ConnectionLostException> losses = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> malformed = new LinkedBlockingQueue<>();
  private CstaSimulator sim;
  private CstaTransport transport;

  @BeforeEach
  void start() throws Exception {
    sim = CstaSimulator.demo().keepAliveInterval(Duration.ofMillis(250)).start();
    TransportListener listener =
        new TransportListener() {
          @Override
          public void onEvent(CstaEvent event) {
            events.add(event);
          }

          @Override
          public void onConnectionLost(ConnectionLostException cause) {
            losses.add(cause);
          }

          @Override
          public void onMalformedMessage(String name, String excerpt, Exception problem) {
            malformed.add(name + ": " + excerpt);
          }
        };
    transport =
        new SignalRTransportFactory(
                SignalROptions.builder()
                    .serverTimeout(Duration.ofSeconds(2))
                    .keepAliveInterval(Duration.ofMillis(500))
                    .build())
            .create(TransportConfig.builder(sim.hubUrl(), executor).build(), listener);
    transport.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    transport.close();
    sim.close();
    executor.shutdownNow();
  }

  private <R extends CstaResponse> R send(CstaRequest<R> request) throws Exception {
    return transport
        .send(request, RequestOptions.of(Duration.ofSeconds(10), "r-" + ids.incrementAndGet()))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private Throwable failure(CstaRequest<?> request) {
    try {
      send(request);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError(request + " succeeded");
  }

  private void login() throws Exception {
    send(StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofSeconds(120)));
  }

  private ConnectionLostException lost() throws InterruptedException {
    ConnectionLostException cause = losses.poll(10, TimeUnit.SECONDS);
    assertThat(cause).as("a loss within 10 s").isNotNull();
    assertThat(transport.state()).isEqualTo(TransportState.LOST);
    return cause;
  }

  @Test
  void tcpResetIsALoss() throws Exception {
    sim.faults().dropAllConnections();
    assertThat(lost()).hasMessageStartingWith("connection lost");
  }

  @Test
  void aCleanCloseByTheGatewayIsALossToo() throws Exception {
    sim.faults().closeAllConnections();
    assertThat(lost()).hasMessage("the gateway closed the connection");
  }

  @Test
  void aCloseWithAnErrorCarriesTheGatewaysWords() throws Exception {
    sim.faults().closeAllConnectionsWithError("maintenance window");
    assertThat(lost()).hasMessageContaining("maintenance window");
  }

  @Test
  void aHalfOpenConnectionIsDetectedByTheServerTimeout() throws Exception {
    sim.faults().stopAnsweringPings();
    assertThat(lost()).hasMessageContaining("Server timeout");
  }

  @Test
  void failedResponsesAreTyped() throws Exception {
    login();
    sim.faults().failNextResponses(1, "gateway overloaded");
    assertThat(failure(GetDoNotDisturb.of("100")))
        .isInstanceOf(HubErrorException.class)
        .hasMessage("GetDoNotDisturb failed at the gateway: gateway overloaded");
    sim.faults().failNextResponses(1, OperationError.GENERIC);
    assertThat(failure(GetDoNotDisturb.of("100")))
        .isInstanceOfSatisfying(
            CstaFailureException.class,
            e -> assertThat(e.failure().errorValue()).isEqualTo("generic"));
    assertThat(send(GetDoNotDisturb.of("100")).doNotDisturbOn()).isFalse();
  }

  @Test
  void rejectedLoginIsATypedSessionFailure() {
    sim.faults().rejectLogins(SessionError.MAX_NUMBER_SESSIONS);
    assertThat(
            failure(
                StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofSeconds(60))))
        .isInstanceOfSatisfying(
            CstaFailureException.class,
            e -> {
              assertThat(e.failure().errorCategory()).isEqualTo("session");
              assertThat(e.failure().errorValue()).isEqualTo("maxNumberSessions");
            });
  }

  @Test
  void sessionExpiryArrivesAsATypedEvent() throws Exception {
    login();
    sim.faults().expireSessions();
    CstaEvent e = events.poll(10, TimeUnit.SECONDS);
    assertThat(e).isInstanceOf(ApplicationSessionTerminated.class);
  }

  @Test
  void aMalformedFrameIsReportedAndTheConnectionStaysUp() throws Exception {
    login();
    sim.faults().sendMalformedFrame();
    assertThat(malformed.poll(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(transport.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(send(GetDoNotDisturb.of("100")).doNotDisturbOn()).isFalse();
  }

  @Test
  void anUnknownEventIsDeliveredNotDropped() throws Exception {
    login();
    sim.faults().sendUnknownEvent("Parked", "{\"parkedAt\":\"700\"}");
    CstaEvent e = events.poll(10, TimeUnit.SECONDS);
    assertThat(e)
        .isInstanceOfSatisfying(UnknownEvent.class, u -> assertThat(u.name()).isEqualTo("Parked"));
  }

  @Test
  void requestsFailFastOnceLost() throws Exception {
    sim.faults().dropAllConnections();
    lost();
    assertThatThrownBy(() -> send(GetDoNotDisturb.of("100")))
        .cause()
        .isInstanceOf(ConnectionLostException.class);
  }
}
