package org.csta4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.csta4j.model.CstaException;
import org.junit.jupiter.api.Test;

class CstaTransportsTest {
  @Test
  void noFactoryForAnUnknownSchemeIsAClearError() {
    assertThat(CstaTransports.installed()).isEmpty();
    assertThatThrownBy(() -> CstaTransports.forUri(URI.create("carrier-pigeon://x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no transport for 'carrier-pigeon' URIs; installed: none (add csta-transport-signalr)");
  }

  /** A factory that takes http(s) URIs, as both SignalR transports do. */
  private static CstaTransportFactory web(String name, int priority) {
    return new CstaTransportFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean supports(URI gateway) {
        return gateway.getScheme().startsWith("http");
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public CstaTransport create(TransportConfig config, TransportListener listener) {
        throw new UnsupportedOperationException(name);
      }
    };
  }

  @Test
  void theChoiceIsTheHighestPriorityWhateverTheClassPathOrder() {
    URI gateway = URI.create("https://gateway.example/csta");
    CstaTransportFactory official = web("signalr", 0);
    CstaTransportFactory jetty = web("signalr-jetty", 100);
    CstaTransportFactory xml = new CstaTransportsTestXml();

    assertThat(CstaTransports.choose(List.of(official, jetty, xml), gateway)).isSameAs(jetty);
    assertThat(CstaTransports.choose(List.of(xml, jetty, official), gateway)).isSameAs(jetty);
    assertThat(CstaTransports.choose(List.of(official, xml), gateway)).isSameAs(official);
    assertThat(CstaTransports.choose(List.of(jetty, xml), URI.create("tcp://pbx:4000")))
        .isSameAs(xml);
  }

  @Test
  void amongEqualPrioritiesTheFirstByNameIsChosen() {
    URI gateway = URI.create("http://127.0.0.1:5000/csta");
    CstaTransportFactory a = web("alpha", 5);
    CstaTransportFactory b = web("beta", 5);

    assertThat(CstaTransports.choose(List.of(b, a), gateway)).isSameAs(a);
    assertThat(CstaTransports.choose(List.of(a, b), gateway)).isSameAs(a);
  }

  @Test
  void aTransportIsFoundByItsNameWhateverItsPriority() {
    CstaTransportFactory official = web("signalr", 0);
    CstaTransportFactory jetty = web("signalr-jetty", 100);
    List<CstaTransportFactory> both = List.of(jetty, official);

    assertThat(CstaTransports.named(both, "signalr")).isSameAs(official);
    assertThat(CstaTransports.named(both, "signalr-jetty")).isSameAs(jetty);
    assertThatThrownBy(() -> CstaTransports.named(both, "signalr-okhttp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no transport named 'signalr-okhttp'; installed: signalr, signalr-jetty");
    assertThatThrownBy(() -> CstaTransports.named("signalr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no transport named 'signalr'; installed: none (add csta-transport-signalr)");
  }

  /** A factory for another wire, which says "not mine" to web URIs. */
  private static final class CstaTransportsTestXml implements CstaTransportFactory {
    @Override
    public String name() {
      return "xml-tcp";
    }

    @Override
    public boolean supports(URI gateway) {
      return "tcp".equals(gateway.getScheme());
    }

    @Override
    public int priority() {
      return 1_000;
    }

    @Override
    public CstaTransport create(TransportConfig config, TransportListener listener) {
      throw new UnsupportedOperationException("xml-tcp");
    }
  }

  @Test
  void everyTransportFailureIsACstaException() {
    assertThat(new ConnectionLostException("x")).isInstanceOf(CstaException.class);
    GatewayRefusedException refused =
        new GatewayRefusedException("ParkCall", "Unknown hub method 'ParkCall'");
    assertThat(refused)
        .isInstanceOf(TransportException.class)
        .hasMessage("the gateway refused ParkCall: Unknown hub method 'ParkCall'");
    assertThat(refused.method()).isEqualTo("ParkCall");
    assertThat(refused.gatewayError()).isEqualTo("Unknown hub method 'ParkCall'");
  }
}
