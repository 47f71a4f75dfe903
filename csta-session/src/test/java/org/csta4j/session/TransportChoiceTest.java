package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csta4j.session.SessionFlowTest.get;

import java.net.URI;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;
import org.csta4j.transport.signalr.SignalRTransportFactory;
import org.csta4j.transport.signalr.jetty.JettySignalRTransportFactory;
import org.junit.jupiter.api.Test;

/**
 * The documented choice with both SignalR transport jars on one class path (this module's tests
 * have both): {@code signalr-jetty} unless the builder names another, {@code signalr} by name gets
 * the official-client one, and an unknown name is one error listing the installed names.
 */
class TransportChoiceTest {
  private static final URI GATEWAY = URI.create("https://gateway.example/csta");

  @Test
  void bothAreInstalledAndTheJettyOneIsChosenForEveryWebScheme() {
    assertThat(CstaTransports.installed())
        .extracting(CstaTransportFactory::name)
        .contains(Transports.OFFICIAL, Transports.JETTY); // and csta-transport-testing's "memory"
    for (String uri :
        new String[] {
          "https://gateway.example/csta", "http://127.0.0.1:5000/csta", "wss://g.example/csta"
        }) {
      assertThat(CstaTransports.forUri(URI.create(uri)))
          .as(uri)
          .isInstanceOf(JettySignalRTransportFactory.class);
    }
  }

  @Test
  void namingSignalrGetsTheOfficialClientOneAndNamingSignalrJettyTheJettyOne() {
    assertThat(CstaTransports.named("signalr")).isInstanceOf(SignalRTransportFactory.class);
    assertThat(CstaTransports.named("signalr-jetty"))
        .isInstanceOf(JettySignalRTransportFactory.class);
    // a name is taken as it is: the official one supports the URI as well as the default does
    assertThat(CstaTransports.named("signalr").supports(GATEWAY)).isTrue();
  }

  @Test
  void anUnknownNameIsOneErrorListingTheInstalledNames() {
    assertThatThrownBy(() -> CstaTransports.named("SignalR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no transport named 'SignalR'; installed: memory, signalr, signalr-jetty");
  }

  @Test
  void aClientWithoutATransportConnectsOverTheJettyOneAndANamedOneIsUsed() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().start()) {
      try (CstaClient client =
          CstaClient.builder()
              .gateway(sim.hubUrl())
              .credentials("demo", "demo", "demo.local")
              .build()) {
        assertThat(get(client.connect()).state()).isEqualTo(SessionState.ACTIVE);
        // the Jetty transport's shared client runs while one of its transports is open
        assertThat(Thread.getAllStackTraces().keySet())
            .anyMatch(t -> t.getName().startsWith("csta4j-jetty"));
      }
      try (CstaClient client =
          CstaClient.builder()
              .gateway(sim.hubUrl())
              .transport(CstaTransports.named("signalr"))
              .credentials("demo", "demo", "demo.local")
              .build()) {
        assertThat(get(client.connect()).state()).isEqualTo(SessionState.ACTIVE);
        // the official client reads its socket on an OkHttp thread
        assertThat(Thread.getAllStackTraces().keySet())
            .anyMatch(t -> t.getName().startsWith("OkHttp"));
      }
    }
  }
}
