package org.csta4j.transport.signalr.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.csta4j.model.MakeCall;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.internal.Failures;
import org.csta4j.model.internal.Threads;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.TestCertificates;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.HostileServer;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.csta4j.transport.testing.TestProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jetty transport's connect options over real sockets: {@link
 * JettySignalROptions.Builder#proxy} (absolute-form requests for http, a CONNECT tunnel for https,
 * and no proxy for a transport without one beside it), {@link
 * JettySignalROptions.Builder#skipNegotiate}, and an {@code http} URI at a TLS port.
 */
class JettyTransportConnectOptionsTest {
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

  private CstaTransport transport(URI gateway, JettySignalROptions options) {
    return new JettySignalRTransportFactory(options)
        .create(TransportConfig.builder(gateway, executor).build(), recorder);
  }

  /** Connects, logs in as the demo user and makes a call from 100 to 101. */
  private static void connectLoginAndCall(CstaTransport t) throws Exception {
    t.connect().toCompletableFuture().get(20, TimeUnit.SECONDS);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    t.send(
            StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofMinutes(2)),
            RequestOptions.of(Duration.ofSeconds(10), "login"))
        .toCompletableFuture()
        .get(20, TimeUnit.SECONDS);
    assertThat(
            t.send(MakeCall.of("100", "101"), RequestOptions.of(Duration.ofSeconds(10), "call"))
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS)
                .callingConnection()
                .callId())
        .isPresent();
  }

  private static Throwable connectFailure(CstaTransport t) throws Exception {
    try {
      t.connect().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return Failures.unwrap(e);
    }
    throw new AssertionError("the connect succeeded but should have failed");
  }

  @Test
  void plainHttpNegotiatesInAbsoluteFormAndTunnelsTheWebSocket() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        TestProxy proxy = TestProxy.start();
        CstaTransport t =
            transport(
                sim.hubUrl(), JettySignalROptions.builder().proxy(proxy.httpProxy()).build())) {
      connectLoginAndCall(t);
      String origin = Pattern.quote("http://127.0.0.1:" + sim.port() + "/csta");
      // the WebSocket in a CONNECT tunnel, as RFC 6455 asks: a proxy need not know ws:// URLs
      assertThat(proxy.forwarded())
          .anyMatch(line -> line.matches("POST " + origin + "/negotiate\\?.*"))
          .contains("CONNECT 127.0.0.1:" + sim.port())
          .allMatch(
              line ->
                  line.matches("POST " + origin + "/negotiate\\?.*")
                      || line.equals("CONNECT 127.0.0.1:" + sim.port()));
    }
  }

  @Test
  void httpsGoesThroughTheProxyInAConnectTunnel() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start();
        TestProxy proxy = TestProxy.start();
        CstaTransport t =
            transport(
                sim.hubUrl(),
                JettySignalROptions.builder()
                    .sslContext(certs.clientContext())
                    .proxy(proxy.httpProxy())
                    .build())) {
      assertThat(sim.hubUrl().getScheme()).isEqualTo("https");
      connectLoginAndCall(t);
      assertThat(proxy.forwarded())
          .isNotEmpty()
          .allMatch(line -> line.equals("CONNECT 127.0.0.1:" + sim.port()));
    }
  }

  @Test
  void aSocksProxyCarriesNegotiateAndTheWebSocket() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        TestProxy proxy = TestProxy.start();
        CstaTransport t =
            transport(
                sim.hubUrl(), JettySignalROptions.builder().proxy(proxy.socksProxy()).build())) {
      connectLoginAndCall(t);
      assertThat(proxy.forwarded())
          .isNotEmpty()
          .allMatch(line -> line.equals("SOCKS5 127.0.0.1:" + sim.port()));
    }
  }

  @Test
  void aTransportWithoutAProxyBesideOneWithItGoesDirect() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        TestProxy proxy = TestProxy.start();
        CstaTransport proxied =
            transport(
                sim.hubUrl(), JettySignalROptions.builder().proxy(proxy.httpProxy()).build());
        CstaTransport direct = transport(sim.hubUrl(), JettySignalROptions.defaults())) {
      connectLoginAndCall(proxied);
      List<String> throughTheProxy = proxy.forwarded();
      connectLoginAndCall(direct);
      assertThat(proxy.forwarded()).as("the direct one's requests").isEqualTo(throughTheProxy);
      assertThat(sim.sessionCount()).isEqualTo(2);
    }
  }

  @Test
  void aProxyThatIsNotListeningFailsTheConnectNamingIt() throws Exception {
    TestProxy gone = TestProxy.start();
    gone.close(); // its port is now closed
    try (CstaSimulator sim = CstaSimulator.demo().start();
        CstaTransport t =
            transport(
                sim.hubUrl(), JettySignalROptions.builder().proxy(gone.httpProxy()).build())) {
      assertThat(connectFailure(t))
          .isInstanceOf(ConnectionLostException.class)
          .hasMessageStartingWith("cannot connect to " + sim.hubUrl() + ": ");
      assertThat(sim.sessionCount()).isZero();
    }
  }

  @Test
  void skipNegotiateOpensTheWebSocketAtTheHubUrlAndTheSessionWorks() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        TestProxy proxy = TestProxy.start();
        CstaTransport t =
            transport(
                sim.hubUrl(),
                JettySignalROptions.builder()
                    .skipNegotiate(true)
                    .proxy(proxy.httpProxy())
                    .build())) {
      connectLoginAndCall(t);
      // seen at the proxy: the WebSocket's tunnel alone, no negotiate POST
      assertThat(proxy.forwarded()).containsExactly("CONNECT 127.0.0.1:" + sim.port());
    }
  }

  @Test
  void skipNegotiateMakesNoNegotiateRequest() throws Exception {
    try (HostileServer server =
            HostileServer.start(
                new HostileServer.Behaviour() {
                  @Override
                  public void negotiate(HostileServer.Exchange x) throws IOException {
                    x.answer(500, "{\"error\":\"negotiate is not expected\"}");
                  }

                  @Override
                  public void webSocket(HostileServer.Peer ws) throws IOException {
                    ws.answerHandshake();
                    ws.hold();
                  }
                });
        CstaTransport t =
            transport(server.hubUrl(), JettySignalROptions.builder().skipNegotiate(true).build())) {
      t.connect().toCompletableFuture().get(20, TimeUnit.SECONDS);
      assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
      assertThat(server.steps.poll(10, TimeUnit.SECONDS)).isEqualTo("upgrade");
      assertThat(server.steps).doesNotContain("negotiate");
    }
  }

  @Test
  void anHttpUriAtTheTlsSimulatorSaysItIsATlsPort() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start()) {
      URI http = URI.create("http://127.0.0.1:" + sim.port() + "/csta");
      try (CstaTransport t = transport(http, JettySignalROptions.defaults())) {
        assertThat(connectFailure(t))
            .isInstanceOf(ConnectionLostException.class)
            .hasMessageStartingWith(
                "cannot connect to "
                    + http
                    + ": the gateway answered with a TLS alert: is that a TLS (https) port? (");
      }
    }
  }
}
