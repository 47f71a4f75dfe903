package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.TestCertificates;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.testing.TestProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official-client transport's connect options over real sockets to the simulator: {@link
 * SignalROptions.Builder#tls} (https with throwaway certificates, a trust manager of our own and a
 * client certificate; an http URI at a TLS port) and {@link SignalROptions.Builder#proxy}
 * (negotiate and the WebSocket through an HTTP proxy, tunnelled with CONNECT for https and as
 * absolute-form requests for plain http).
 */
class SignalRTransportConnectOptionsTest {
  @TempDir static Path certificates;
  private static TestCertificates certs;

  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  @BeforeAll
  static void generate() {
    certs = TestCertificates.generate(certificates);
  }

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private CstaTransport transport(CstaSimulator sim, SignalROptions options) {
    return new SignalRTransportFactory(options)
        .create(TransportConfig.builder(sim.hubUrl(), executor).build(), TransportListener.NONE);
  }

  /** A transport to {@code sim} over TLS with {@code context}, trusting the test certificates. */
  private CstaTransport overTls(CstaSimulator sim, SSLContext context) {
    return transport(sim, SignalROptions.builder().tls(context, certs.trustManager()).build());
  }

  /** The demo simulator on https, asking every client for a certificate. */
  private static CstaSimulator requiringClientCertificates() {
    return CstaSimulator.demo().tls(certs.serverContext()).requireClientCertificate(true).start();
  }

  @Test
  void theFlowRunsOverHttpsWithTheGivenTrustManager() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start();
        CstaTransport t = overTls(sim, certs.clientContext())) {
      assertThat(sim.hubUrl().getScheme()).isEqualTo("https");
      DemoFlow.connectLoginAndCall(t);
      assertThat(sim.sessionCount()).isEqualTo(1);
    }
  }

  @Test
  void withTheJvmsDefaultTrustTheHandshakeFailsClearly() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start();
        CstaTransport t = transport(sim, SignalROptions.defaults())) {
      ConnectionLostException lost = DemoFlow.connectFailure(t);
      assertThat(lost)
          .hasMessageStartingWith("cannot connect to " + sim.hubUrl() + ": ")
          .hasMessageContaining("unable to find valid certification path")
          .hasCauseInstanceOf(CertificateException.class);
      assertThat(sim.sessionCount()).isZero();
    }
  }

  @Test
  void aRequiredClientCertificateComesFromTheContextsKeyManagers() throws Exception {
    try (CstaSimulator sim = requiringClientCertificates();
        CstaTransport t = overTls(sim, certs.clientContextWithCertificate())) {
      DemoFlow.connectLoginAndCall(t);
    }
  }

  @Test
  void withoutTheRequiredClientCertificateTheConnectFailsClearly() throws Exception {
    try (CstaSimulator sim = requiringClientCertificates();
        CstaTransport t = overTls(sim, certs.clientContext())) {
      ConnectionLostException lost = DemoFlow.connectFailure(t);
      assertThat(lost)
          .hasMessageStartingWith("cannot connect to " + sim.hubUrl() + ": ")
          .hasMessageContaining("certificate");
    }
  }

  @Test
  void anHttpUriAtTheTlsSimulatorSaysItIsATlsPort() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start()) {
      URI http = URI.create("http://127.0.0.1:" + sim.port() + "/csta");
      try (CstaTransport t =
          new SignalRTransportFactory(SignalROptions.defaults())
              .create(TransportConfig.builder(http, executor).build(), TransportListener.NONE)) {
        assertThat(DemoFlow.connectFailure(t))
            .hasMessageStartingWith(
                "cannot connect to "
                    + http
                    + ": the gateway answered with a TLS alert: is that a TLS (https) port? (");
      }
    }
  }

  @Test
  void httpsGoesThroughAConnectTunnel() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start();
        TestProxy proxy = TestProxy.start();
        CstaTransport t =
            transport(
                sim,
                SignalROptions.builder()
                    .tls(certs.clientContext(), certs.trustManager())
                    .proxy(proxy.httpProxy())
                    .build())) {
      DemoFlow.connectLoginAndCall(t);
      assertThat(proxy.forwarded())
          .isNotEmpty()
          .allMatch(line -> line.equals("CONNECT 127.0.0.1:" + sim.port()));
    }
  }

  @Test
  void plainHttpGoesThroughAsAbsoluteFormRequests() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start();
        TestProxy proxy = TestProxy.start();
        CstaTransport t =
            transport(sim, SignalROptions.builder().proxy(proxy.httpProxy()).build())) {
      DemoFlow.connectLoginAndCall(t);
      String origin = "http://127.0.0.1:" + sim.port() + "/csta";
      assertThat(proxy.forwarded())
          .anyMatch(line -> line.startsWith("POST " + origin + "/negotiate?"))
          .allMatch(line -> line.matches("(POST|GET) " + Pattern.quote(origin) + "[/?].*"));
    }
  }
}
