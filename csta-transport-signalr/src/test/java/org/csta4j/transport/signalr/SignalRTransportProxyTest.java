package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.TestCertificates;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.testing.TestProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SignalROptions.Builder#proxy}: negotiate and the WebSocket both go through an HTTP proxy,
 * tunnelled with CONNECT for https and as absolute-form requests for plain http.
 */
class SignalRTransportProxyTest {
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
          .allMatch(
              line ->
                  line.matches("(POST|GET) " + java.util.regex.Pattern.quote(origin) + "[/?].*"));
    }
  }
}
