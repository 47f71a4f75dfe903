package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.csta4j.model.internal.Threads;

/** The threads a test may leave behind, and an executor whose threads are the test's own. */
final class ThreadLeaks {
  private ThreadLeaks() {}

  /** The name prefix of {@link #callbackPool()}'s threads, which are the test's, not leaks. */
  static final String CALLBACK_THREADS = "test-callbacks-";

  /** An executor for transport callbacks whose threads {@link #transportLikeThreads} ignores. */
  static ExecutorService callbackPool() {
    return Executors.newFixedThreadPool(2, Threads.numbered(CALLBACK_THREADS));
  }

  /**
   * The threads a transport and the SignalR client under it may start: ours, OkHttp's calls (which
   * rename our dispatcher threads while they run) and every non-daemon thread, such as the client's
   * Timer and its handshake-timeout pool. Shared daemon pools (RxJava's, OkHttp's TaskRunner) are
   * not the transport's to stop.
   */
  static Set<Thread> transportLikeThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(
            t ->
                t.getName().startsWith("csta4j-signalr-")
                    || t.getName().startsWith("OkHttp http")
                    || (!t.isDaemon()
                        && !t.getName().equals("main")
                        && !t.getName().startsWith(CALLBACK_THREADS)))
        .collect(Collectors.toSet());
  }

  /** Every such thread started since {@code before} ends within 10 s. */
  static void assertNoThreadLeftSince(Set<Thread> before) throws InterruptedException {
    Set<Thread> started =
        transportLikeThreads().stream()
            .filter(t -> !before.contains(t))
            .collect(Collectors.toSet());
    for (Thread t : started) {
      t.join(10_000);
    }
    assertThat(started.stream().filter(Thread::isAlive).map(Thread::getName))
        .as("threads left behind")
        .isEmpty();
  }
}
