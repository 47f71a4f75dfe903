package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.csta4j.model.CstaEvent;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;

/** What a transport told its listener, to wait on; and the threads a test may leave behind. */
final class Recorder implements TransportListener {
  /** A malformed-message report. */
  record Malformed(String name, String excerpt, Exception problem) {}

  /** The name prefix of {@link #callbackPool()}'s threads, which are the test's, not leaks. */
  static final String CALLBACK_THREADS = "test-callbacks-";

  /** An executor for transport callbacks whose threads {@link #transportLikeThreads} ignores. */
  static java.util.concurrent.ExecutorService callbackPool() {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return java.util.concurrent.Executors.newFixedThreadPool(
        2, r -> new Thread(r, CALLBACK_THREADS + n.incrementAndGet()));
  }

  final BlockingQueue<CstaEvent> events = new LinkedBlockingQueue<>();
  final BlockingQueue<ConnectionLostException> losses = new LinkedBlockingQueue<>();
  final BlockingQueue<Malformed> malformed = new LinkedBlockingQueue<>();
  final List<TransportState> states = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(CstaEvent event) {
    events.add(event);
  }

  @Override
  public void onStateChanged(TransportState from, TransportState to) {
    states.add(to);
  }

  @Override
  public void onConnectionLost(ConnectionLostException cause) {
    losses.add(cause);
  }

  @Override
  public void onMalformedMessage(String name, String excerpt, Exception problem) {
    malformed.add(new Malformed(name, excerpt, problem));
  }

  ConnectionLostException awaitLoss() throws InterruptedException {
    ConnectionLostException lost = losses.poll(10, TimeUnit.SECONDS);
    assertThat(lost).as("a loss within 10 s").isNotNull();
    return lost;
  }

  Malformed awaitMalformed() throws InterruptedException {
    Malformed m = malformed.poll(10, TimeUnit.SECONDS);
    assertThat(m).as("a malformed-message report within 10 s").isNotNull();
    return m;
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
