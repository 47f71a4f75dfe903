package org.csta4j.transport.signalr.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.MakeCall;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.internal.Failures;
import org.csta4j.model.internal.Threads;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.TestCertificates;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.GatewayRefusedException;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jetty transport against the simulator over real sockets: faults become the right loss or
 * typed failure, TLS with a trust manager of our own (and the JDK's refusing the test certificate),
 * the shared threads end with the last transport, and ServiceLoader finds the factory.
 */
class JettyTransportSimulatorTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir static Path certificates;
  private static TestCertificates certs;

  private final ExecutorService executor =
      Executors.newFixedThreadPool(2, Threads.numbered("test-callbacks-"));
  private final RecordingTransportListener recorder = new RecordingTransportListener();

  @BeforeAll
  static void generate() {
    certs = TestCertificates.generate(certificates);
  }

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private CstaTransport transport(CstaSimulator sim, JettySignalROptions options) {
    return new JettySignalRTransportFactory(options)
        .create(TransportConfig.builder(sim.hubUrl(), executor).build(), recorder);
  }

  private static <R extends CstaResponse> R send(CstaTransport t, CstaRequest<R> request, String id)
      throws Exception {
    return t.send(request, RequestOptions.of(Duration.ofSeconds(10), id))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private static void login(CstaTransport t) throws Exception {
    send(t, StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)), "in");
  }

  private static final JettySignalROptions FAST =
      JettySignalROptions.builder()
          .serverTimeout(Duration.ofSeconds(2))
          .keepAliveInterval(Duration.ofMillis(500))
          .build();

  @Test
  void faultsOfTheGatewayAreTypedLossesOrFailures() throws Exception {
    try (CstaSimulator sim =
        CstaSimulator.demo().keepAliveInterval(Duration.ofMillis(250)).start()) {
      try (CstaTransport t = transport(sim, FAST)) {
        t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
        login(t);
        sim.faults().failNextResponses(1, "gateway overloaded");
        Throwable refused = null;
        try {
          send(t, GetDoNotDisturb.of("100"), "dnd-1");
        } catch (ExecutionException e) {
          refused = Failures.unwrap(e);
        }
        assertThat(refused)
            .isInstanceOf(GatewayRefusedException.class)
            .hasMessage("the gateway refused GetDoNotDisturb: gateway overloaded");
        sim.faults().sendMalformedFrame();
        assertThat(recorder.awaitMalformed(WAIT).excerpt()).isNotEmpty();
        assertThat(send(t, GetDoNotDisturb.of("100"), "dnd-2").doNotDisturbOn()).isFalse();
        sim.faults().closeAllConnectionsWithError("maintenance window");
        assertThat(recorder.awaitLoss(WAIT)).hasMessageContaining("maintenance window");
        assertThat(t.state()).isEqualTo(TransportState.LOST);
      }
      RecordingTransportListener second = new RecordingTransportListener();
      try (CstaTransport t =
          new JettySignalRTransportFactory(FAST)
              .create(TransportConfig.builder(sim.hubUrl(), executor).build(), second)) {
        t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
        sim.faults().stopAnsweringPings();
        assertThat(second.awaitLoss(WAIT)).hasMessageContaining("Server timeout");
      }
      RecordingTransportListener third = new RecordingTransportListener();
      try (CstaTransport t =
          new JettySignalRTransportFactory(FAST)
              .create(TransportConfig.builder(sim.hubUrl(), executor).build(), third)) {
        t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
        sim.faults().closeAllConnections();
        assertThat(third.awaitLoss(WAIT)).hasMessage("the gateway closed the connection");
      }
    }
  }

  @Test
  void theFlowRunsOverHttpsWithTheGivenTrust() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start();
        CstaTransport t =
            transport(
                sim, JettySignalROptions.builder().sslContext(certs.clientContext()).build())) {
      assertThat(sim.hubUrl().getScheme()).isEqualTo("https");
      t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      login(t);
      assertThat(send(t, MakeCall.of("100", "101"), "call").callingConnection().callId())
          .isPresent();
    }
  }

  @Test
  void withTheJvmsDefaultTrustTheConnectFailsClearly() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start();
        CstaTransport t = transport(sim, JettySignalROptions.defaults())) {
      Throwable failure = null;
      try {
        t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failure = Failures.unwrap(e);
      }
      assertThat(failure)
          .isInstanceOf(ConnectionLostException.class)
          .hasMessageStartingWith("cannot connect to " + sim.hubUrl() + ": ")
          .hasMessageContaining("unable to find valid certification path");
      assertThat(sim.sessionCount()).isZero();
    }
  }

  @Test
  void theSharedThreadsEndWithTheLastTransport() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start()) {
      CstaTransport a = transport(sim, JettySignalROptions.defaults());
      CstaTransport b = transport(sim, JettySignalROptions.defaults());
      a.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      b.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertThat(jettyThreads()).isNotEmpty();
      a.close();
      login(b); // the other one still works
      b.close();
      for (Thread thread : jettyThreads()) {
        thread.join(10_000);
      }
      assertThat(jettyThreads()).as("threads left behind").isEmpty();
    }
  }

  private static List<Thread> jettyThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> t.getName().startsWith("csta4j-jetty"))
        .toList();
  }

  @Test
  void serviceLoaderFindsTheFactoryUnderItsOwnName() {
    List<String> names =
        CstaTransports.installed().stream().map(CstaTransportFactory::name).toList();
    assertThat(names).contains("signalr-jetty").doesNotContain("signalr");
    CstaTransportFactory chosen = CstaTransports.forUri(URI.create("https://gateway.example/csta"));
    assertThat(chosen.name()).isEqualTo("signalr-jetty");
    // above the official-client transport's default 0, so it wins where both are installed
    assertThat(chosen.priority()).isEqualTo(100);
  }
}
