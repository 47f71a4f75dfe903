package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.TestCertificates;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SignalROptions.Builder#tls}: the transport over https to the simulator with throwaway
 * certificates, a trust manager of our own and a client certificate, over real sockets.
 */
class SignalRTransportTlsTest {
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

  @Test
  void theFlowRunsOverHttpsWithTheGivenTrustManager() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start();
        CstaTransport t =
            transport(
                sim,
                SignalROptions.builder()
                    .tls(certs.clientContext(), certs.trustManager())
                    .build())) {
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
    try (CstaSimulator sim =
            CstaSimulator.demo().tls(certs.serverContext()).requireClientCertificate(true).start();
        CstaTransport t =
            transport(
                sim,
                SignalROptions.builder()
                    .tls(certs.clientContextWithCertificate(), certs.trustManager())
                    .build())) {
      DemoFlow.connectLoginAndCall(t);
    }
  }

  @Test
  void withoutTheRequiredClientCertificateTheConnectFailsClearly() throws Exception {
    try (CstaSimulator sim =
            CstaSimulator.demo().tls(certs.serverContext()).requireClientCertificate(true).start();
        CstaTransport t =
            transport(
                sim,
                SignalROptions.builder()
                    .tls(certs.clientContext(), certs.trustManager())
                    .build())) {
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
}
