package org.csta4j.transport.signalr.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.csta4j.model.internal.Failures;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.TestCertificates;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.TransportHostileServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared hostile gateways ({@link TransportHostileServerTest}) against the Jetty transport, and
 * a certificate for another name, against the simulator over TLS.
 */
class JettyTransportHostileServerTest extends TransportHostileServerTest {
  @TempDir static Path certificates;

  @Override
  protected CstaTransportFactory factory() {
    return new JettySignalRTransportFactory();
  }

  /** The shared Jetty client's threads: they end with the last transport. */
  @Override
  protected Set<Thread> transportThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> t.getName().startsWith("csta4j-jetty"))
        .collect(Collectors.toSet());
  }

  @Test
  void aCertificateForAnotherNameIsRefused() throws Exception {
    TestCertificates certs = TestCertificates.generate(certificates);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    // the certificate names 127.0.0.1 and localhost; the gateway is at 127.0.0.2 (loopback too)
    try (CstaSimulator sim =
            CstaSimulator.demo().host("127.0.0.2").tls(certs.serverContext()).start();
        CstaTransport t =
            new JettySignalRTransportFactory(
                    JettySignalROptions.builder().sslContext(certs.clientContext()).build())
                .create(TransportConfig.builder(sim.hubUrl(), executor).build(), recorder)) {
      assertThat(sim.hubUrl().getHost()).isEqualTo("127.0.0.2");
      Throwable failure = null;
      try {
        t.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failure = Failures.unwrap(e);
      }
      assertThat(failure)
          .as("the connect fails")
          .isInstanceOf(ConnectionLostException.class)
          .hasMessageStartingWith("cannot connect to " + sim.hubUrl() + ": ")
          .hasMessageContaining("127.0.0.2");
      assertThat(t.state()).isEqualTo(TransportState.LOST);
      assertThat(sim.sessionCount()).isZero();
    } finally {
      executor.shutdownNow();
    }
  }
}
