package org.csta4j.transport.testing;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/** What the kit's loopback servers ({@link HostileServer}, {@link TestProxy}) share. */
final class TestServers {
  private TestServers() {}

  /**
   * Accepts connections until {@code server} closes: each is added to {@code open} and served on
   * one of {@code threads}; one accepted while the threads stop is closed at once.
   */
  static void acceptUntilClosed(
      ServerSocket server, Set<Socket> open, Executor threads, Consumer<Socket> serve) {
    while (!server.isClosed()) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException closed) {
        return;
      }
      open.add(s);
      try {
        threads.execute(() -> serve.accept(s));
      } catch (RejectedExecutionException stopping) {
        open.remove(s);
        closeQuietly(s);
      }
    }
  }

  /** Closes {@code c}; an {@link IOException} is ignored, since it is closed either way. */
  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
