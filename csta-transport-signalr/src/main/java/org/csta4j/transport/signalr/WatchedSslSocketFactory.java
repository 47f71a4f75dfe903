package org.csta4j.transport.signalr;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Layers TLS as the given factory does, and watches the decrypted input: OkHttp hands this factory
 * the plain socket it connected ({@code createSocket(socket, host, port, true)}); the plain
 * socket's watch is stopped (it would see only ciphertext, and a proxy's CONNECT answer before it),
 * and the TLS socket returned passes its application data through a new {@link InboundWatch}.
 */
final class WatchedSslSocketFactory extends SSLSocketFactory {
  private final SSLSocketFactory delegate;
  private final WatchedSockets sockets;

  WatchedSslSocketFactory(SSLSocketFactory delegate, WatchedSockets sockets) {
    this.delegate = delegate;
    this.sockets = sockets;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate.getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket(Socket plain, String host, int port, boolean autoClose)
      throws IOException {
    if (plain instanceof WatchedSockets.WatchedSocket watched) {
      watched.stopWatching();
    }
    return new WatchedSslSocket(
        (SSLSocket) delegate.createSocket(plain, host, port, autoClose), sockets.newWatch(), plain);
  }

  // OkHttp uses only the layering method above; these make sockets of their own, watched too

  @Override
  public Socket createSocket() throws IOException {
    return wrap(delegate.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return wrap(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return wrap(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return wrap(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return wrap(delegate.createSocket(address, port, localAddress, localPort));
  }

  private Socket wrap(Socket tls) {
    return new WatchedSslSocket((SSLSocket) tls, sockets.newWatch(), tls);
  }
}
