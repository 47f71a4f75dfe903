package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

class SignalROptionsTest {
  @Test
  void theDefaultsAreTheDocumentedOnes() {
    SignalROptions d = SignalROptions.defaults();
    assertThat(d.keepAliveInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(d.serverTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.handshakeTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(d.skipNegotiate()).isFalse();
    assertThat(d.allowInsecure()).isFalse();
    assertThat(d.sslContext()).isEmpty();
    assertThat(d.trustManager()).isEmpty();
    assertThat(d.proxy()).isEmpty();
    assertThat(d).isEqualTo(SignalROptions.builder().build());
  }

  @Test
  void invalidDurationsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> SignalROptions.builder().keepAliveInterval(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keepAliveInterval: must be positive but is PT0S");
    assertThatThrownBy(() -> SignalROptions.builder().serverTimeout(Duration.ofSeconds(-1)).build())
        .hasMessage("serverTimeout: must be positive but is PT-1S");
    assertThatThrownBy(() -> SignalROptions.builder().handshakeTimeout(Duration.ZERO).build())
        .hasMessage("handshakeTimeout: must be positive but is PT0S");
  }

  @Test
  void tlsTakesTheContextAndTheTrustManagerTogether() throws Exception {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init((KeyStore) null);
    X509TrustManager trust = (X509TrustManager) tmf.getTrustManagers()[0];
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new javax.net.ssl.TrustManager[] {trust}, null);

    SignalROptions tls = SignalROptions.builder().tls(context, trust).build();
    assertThat(tls.sslContext()).containsSame(context);
    assertThat(tls.trustManager()).containsSame(trust);
    assertThatThrownBy(() -> SignalROptions.builder().sslContext(context).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tls: sslContext and trustManager are set together");
    assertThatThrownBy(() -> SignalROptions.builder().trustManager(trust).build())
        .hasMessageStartingWith("tls: sslContext and trustManager are set together");
  }

  @Test
  void aProxyIsKept() {
    Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy", 3128));
    assertThat(SignalROptions.builder().proxy(proxy).build().proxy()).containsSame(proxy);
    assertThat(SignalROptions.builder().allowInsecure(true).skipNegotiate(true).build().toString())
        .contains("allowInsecure=true", "skipNegotiate=true");
  }
}
