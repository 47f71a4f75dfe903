package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator over https, with and without a required client certificate, over real sockets. */
class SimulatorTlsTest {
  @TempDir static Path certificates;
  private static TestCertificates certs;

  @BeforeAll
  static void generate() {
    certs = TestCertificates.generate(certificates);
  }

  @Test
  void theOfficialClientRunsTheVendorFlowOverHttps() throws Exception {
    try (CstaSimulator sim =
        CstaSimulator.demo()
            .tls(certs.serverContext())
            .autoAnswerDelay(Duration.ofMillis(50))
            .start()) {
      assertThat(sim.hubUrl()).isEqualTo(URI.create("https://127.0.0.1:" + sim.port() + "/csta"));
      try (OfficialJavaClient client =
          new OfficialJavaClient(
                  sim.hubUrl(),
                  Duration.ofSeconds(10),
                  ok ->
                      ok.sslSocketFactory(
                          certs.clientContext().getSocketFactory(), certs.trustManager()))
              .start()) {
        assertThat(client.login("demo", "demo", "demo.local").has("sessionID")).isTrue();
        client.monitor("u-1-100");
        JsonObject made =
            client.invoke(
                "MakeCall",
                "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"101\","
                    + "\"privateData\":{\"requestId\":\"r-1\"}}");
        assertThat(made.getAsJsonObject("callingDevice").get("callID").getAsString()).isNotBlank();
        assertThat(
                client
                    .await("Established")
                    .getValue()
                    .getAsJsonObject("answeringDevice")
                    .get("deviceIdentifier")
                    .getAsString())
            .isEqualTo("101");
      }
    }
  }

  @Test
  void aRequiredClientCertificateIsCheckedInTheHandshake() throws Exception {
    try (CstaSimulator sim =
        CstaSimulator.demo().tls(certs.serverContext()).requireClientCertificate(true).start()) {
      URI negotiate = URI.create(sim.hubUrl() + "/negotiate?negotiateVersion=1");

      assertThat(negotiate(negotiate, certs.clientContextWithCertificate()))
          .contains("\"connectionToken\"");
      assertThatThrownBy(() -> handshake(sim.port(), certs.clientContext()))
          .isInstanceOf(SSLException.class)
          .hasMessageContaining("certificate");
    }
  }

  @Test
  void aClientCertificateNeedsTls() {
    assertThatThrownBy(() -> CstaSimulator.demo().requireClientCertificate(true).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs tls(SSLContext)");
  }

  /**
   * Handshakes and reads: under TLS 1.3 the server judges the client's certificate after the
   * client's side of the handshake is done, so its verdict arrives as an alert on the first read.
   */
  private static void handshake(int port, SSLContext client) throws IOException {
    try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 10_000);
      socket.setSoTimeout(10_000);
      socket.startHandshake();
      socket.getInputStream().read();
    }
  }

  /** POSTs a negotiate with this client context; returns the body. */
  private static String negotiate(URI uri, SSLContext client) throws IOException {
    HttpsURLConnection c = (HttpsURLConnection) uri.toURL().openConnection();
    try {
      c.setSSLSocketFactory(client.getSocketFactory());
      c.setConnectTimeout(10_000);
      c.setReadTimeout(10_000);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      try (OutputStream out = c.getOutputStream()) {
        out.write(new byte[0]);
      }
      assertThat(c.getResponseCode()).isEqualTo(200);
      try (InputStream in = c.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      c.disconnect();
    }
  }
}
