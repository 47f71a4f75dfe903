package org.csta4j.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Throwaway certificates for TLS tests, made at run time with the JDK's {@code keytool}, so no
 * private key is ever committed: a self-signed server certificate for {@code 127.0.0.1} and {@code
 * localhost}, and a self-signed client certificate. The server's context trusts exactly the client
 * certificate; the client's contexts trust exactly the server certificate.
 *
 * <pre>{@code
 * TestCertificates certs = TestCertificates.generate(tempDir); // a JUnit @TempDir
 * try (CstaSimulator sim = CstaSimulator.demo().tls(certs.serverContext()).start()) {
 *   // connect to sim.hubUrl() (https) with certs.clientContext() and certs.trustManager()
 * }
 * }</pre>
 *
 * <p>A test utility, not for production: EC P-256 keys valid for two days, in PKCS#12 files under a
 * random password that lives only in memory. Thread-safe; each method returns a new context.
 */
public final class TestCertificates {
  private static final String SERVER = "server";
  private static final String CLIENT = "client";

  private final char[] password;
  private final KeyStore serverKeys;
  private final KeyStore clientKeys;
  private final X509Certificate serverCertificate;
  private final X509Certificate clientCertificate;

  private TestCertificates(char[] password, KeyStore serverKeys, KeyStore clientKeys)
      throws GeneralSecurityException {
    this.password = password;
    this.serverKeys = serverKeys;
    this.clientKeys = clientKeys;
    this.serverCertificate = (X509Certificate) serverKeys.getCertificate(SERVER);
    this.clientCertificate = (X509Certificate) clientKeys.getCertificate(CLIENT);
  }

  /**
   * Generates a server and a client key pair with their certificates into {@code directory} (two
   * {@code keytool} runs, about a second each).
   *
   * @param directory an existing, writable directory, such as a JUnit {@code @TempDir}; two PKCS#12
   *     files are written there
   * @return the certificates, ready for use
   * @throws IllegalStateException if {@code keytool} is missing from {@code java.home} or fails
   *     (with its output), or the key stores it wrote cannot be read
   */
  public static TestCertificates generate(Path directory) {
    Objects.requireNonNull(directory, "directory");
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path server = directory.resolve("csta4j-test-server.p12");
    Path client = directory.resolve("csta4j-test-client.p12");
    keytool(
        server,
        SERVER,
        password,
        "CN=localhost, OU=csta4j test server",
        "SAN=IP:127.0.0.1,DNS:localhost",
        "EKU=serverAuth");
    keytool(client, CLIENT, password, "CN=csta4j test client", null, "EKU=clientAuth");
    try {
      return new TestCertificates(
          password.toCharArray(),
          load(server, password.toCharArray()),
          load(client, password.toCharArray()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot read the key stores keytool wrote: " + e, e);
    }
  }

  /**
   * {@return a new server context for {@link CstaSimulator.Builder#tls}: the server's key, trusting
   * only the client certificate}
   */
  public SSLContext serverContext() {
    return context(serverKeys, trusting(CLIENT, clientCertificate));
  }

  /** {@return a new client context that trusts only the server certificate and presents none} */
  public SSLContext clientContext() {
    return context(null, trusting(SERVER, serverCertificate));
  }

  /**
   * {@return a new client context that trusts only the server certificate and presents the
   * client's}
   */
  public SSLContext clientContextWithCertificate() {
    return context(clientKeys, trusting(SERVER, serverCertificate));
  }

  /** {@return the trust manager of the client contexts: it trusts only the server certificate} */
  public X509TrustManager trustManager() {
    return trustManager(trusting(SERVER, serverCertificate));
  }

  /**
   * {@return the server certificate (self-signed; subject alternative names 127.0.0.1 and
   * localhost)}
   */
  public X509Certificate serverCertificate() {
    return serverCertificate;
  }

  /** {@return the client certificate (self-signed)} */
  public X509Certificate clientCertificate() {
    return clientCertificate;
  }

  private static void keytool(
      Path store,
      String alias,
      String password,
      String dname,
      @Nullable String subjectAltNames,
      String extendedKeyUsage) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    Path keytool =
        Path.of(System.getProperty("java.home"), "bin", windows ? "keytool.exe" : "keytool");
    if (!Files.isExecutable(keytool)) {
      throw new IllegalStateException("keytool: not found at " + keytool);
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                keytool.toString(),
                "-J-XX:TieredStopAtLevel=1", // a short run: skip the optimising compiler
                "-genkeypair",
                "-noprompt",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                "SHA256withECDSA",
                "-validity",
                "2",
                "-dname",
                dname,
                "-ext",
                "KU=digitalSignature",
                "-ext",
                extendedKeyUsage,
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                password,
                "-keypass",
                password));
    if (subjectAltNames != null) {
      command.add("-ext");
      command.add(subjectAltNames);
    }
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String output;
      try (InputStream in = p.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("keytool: no exit within 60 s making " + store);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "keytool: exit " + p.exitValue() + " making " + store + ": " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("keytool: cannot run " + keytool + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("keytool: interrupted making " + store, e);
    }
  }

  private static KeyStore load(Path file, char[] password)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }

  private static TrustManager[] trusting(String alias, X509Certificate certificate) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry(alias, certificate);
      TrustManagerFactory f =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      f.init(store);
      return f.getTrustManagers();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot make a trust manager: " + e, e);
    }
  }

  private static X509TrustManager trustManager(TrustManager[] managers) {
    for (TrustManager m : managers) {
      if (m instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new IllegalStateException("the JDK made no X509TrustManager");
  }

  private SSLContext context(@Nullable KeyStore keys, TrustManager[] trust) {
    try {
      KeyManager @Nullable [] keyManagers = null;
      if (keys != null) {
        KeyManagerFactory f =
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        f.init(keys, password);
        keyManagers = f.getKeyManagers();
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers, trust, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make an SSLContext: " + e, e);
    }
  }
}
