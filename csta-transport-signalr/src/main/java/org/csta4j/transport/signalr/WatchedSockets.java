package org.csta4j.transport.signalr;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.net.SocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * The socket factory of one transport's OkHttp client: every socket it makes passes what it
 * receives through an {@link InboundWatch}, and {@link #closeAll()} cuts every one of them at once
 * (how a close or a connect timeout ends a negotiate or handshake the gateway never answers).
 * OkHttp makes its plain sockets here (for HTTP and HTTP proxies; a SOCKS proxy's sockets are made
 * by the JDK) and layers TLS on them through {@link WatchedSslSocketFactory}.
 */
final class WatchedSockets extends SocketFactory {
  private final int limit;
  private final Consumer<IOException> onRefusal;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * @param limit the largest message accepted, in bytes
   * @param onRefusal told when a socket refuses a message, on the thread reading it
   */
  WatchedSockets(int limit, Consumer<IOException> onRefusal) {
    this.limit = limit;
    this.onRefusal = onRefusal;
  }

  InboundWatch newWatch() {
    return new InboundWatch(limit, onRefusal);
  }

  @Override
  public Socket createSocket() throws IOException {
    return register(new WatchedSocket(this, newWatch()));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    Socket s = createSocket();
    s.bind(new InetSocketAddress(localHost, localPort));
    s.connect(new InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    Socket s = createSocket();
    s.bind(new InetSocketAddress(localAddress, localPort));
    s.connect(new InetSocketAddress(address, port));
    return s;
  }

  /** Tracks a socket until it closes; one made after {@link #closeAll()} is closed at once. */
  <S extends Socket> S register(S socket) throws IOException {
    open.add(socket);
    if (closed) {
      closeQuietly(socket);
      throw new SocketException("the transport is closed");
    }
    return socket;
  }

  void forget(Socket socket) {
    open.remove(socket);
  }

  /** Closes every socket, now and from now on: reads and writes blocked on them fail at once. */
  void closeAll() {
    closed = true;
    for (Socket s : open) {
      closeQuietly(s);
    }
  }

  /** How many sockets are open. */
  int openCount() {
    return open.size();
  }

  static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  /** A plain socket whose input passes an {@link InboundWatch}. */
  static final class WatchedSocket extends Socket {
    private final WatchedSockets owner;
    private final InboundWatch watch;
    private final Object streamLock = new Object();
    private @Nullable InputStream in;

    WatchedSocket(WatchedSockets owner, InboundWatch watch) {
      this.owner = owner;
      this.watch = watch;
    }

    /** TLS is layered on this socket: the TLS socket watches the decrypted bytes instead. */
    void stopWatching() {
      watch.stop();
    }

    @Override
    public InputStream getInputStream() throws IOException {
      synchronized (streamLock) {
        if (in == null) {
          in = new WatchedInputStream(super.getInputStream(), watch, this);
        }
        return in;
      }
    }

    @Override
    public synchronized void close() throws IOException {
      try {
        super.close();
      } finally {
        owner.forget(this);
      }
    }
  }

  /** Input that a watch inspects before the reader gets it; a refusal closes the socket. */
  static final class WatchedInputStream extends FilterInputStream {
    private final InboundWatch watch;
    private final Socket socket;
    private final byte[] one = new byte[1];

    WatchedInputStream(InputStream in, InboundWatch watch, Socket socket) {
      super(in);
      this.watch = watch;
      this.socket = socket;
    }

    @Override
    public int read() throws IOException {
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        try {
          watch.inspect(b, off, n);
        } catch (IOException refused) {
          closeQuietly(socket);
          throw refused;
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // through read, so that skipped bytes are watched too
      byte[] scratch = new byte[(int) Math.min(8192, Math.max(0, n))];
      long skipped = 0;
      while (skipped < n) {
        int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
      // not supported
    }

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark/reset not supported");
    }
  }
}
