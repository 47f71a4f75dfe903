package org.csta4j.transport.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.internal.Threads;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.TransportClosedException;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SPI contract, as tests: extend this class, implement {@link #harness()} for your transport
 * and a gateway it can talk to, and run it with JUnit 5. csta4j runs it against the in-memory
 * transport and against the SignalR transport with the simulator. Each test gets a new harness, and
 * a pool of four callback threads named {@code contract-callbacks-N}; every transport it made is
 * closed after the test, then the harness.
 *
 * <p>A transport that resumes interrupted connections (SignalR's stateful reconnect, see {@link
 * TransportListener#onInterrupted}) says so with {@link Harness#resumes()} and gets the resume
 * tests too: nothing lost or repeated across an interruption, timeouts that run on while
 * interrupted, a loss when the connection cannot be resumed, a close while interrupted. For the
 * others those tests are skipped, and the suite checks that they never report an interruption.
 */
public abstract class TransportContractTest {
  /**
   * A transport under test and the gateway behind it, as much of it as the suite needs to drive.
   */
  public interface Harness extends AutoCloseable {
    /**
     * {@return a new transport in state NEW for this gateway, reporting to {@code listener}}
     *
     * @param config the suite's settings (a placeholder gateway URI and its callback executor); set
     *     the gateway and anything else the transport needs, then build it
     * @param listener what the transport must report to
     * @throws Exception if the transport cannot be made; the test fails
     */
    CstaTransport newTransport(TransportConfig.Builder config, TransportListener listener)
        throws Exception;

    /**
     * Does whatever must happen after connect before requests succeed (a login); may do nothing.
     *
     * @param transport the connected transport
     * @throws Exception if it fails; the test fails
     */
    void prepare(CstaTransport transport) throws Exception;

    /** {@return a request the gateway answers positively; the same or a new one each time} */
    CstaRequest<? extends CstaResponse> goodRequest();

    /** {@return a request the gateway answers with a CSTA failure (say, an unknown device)} */
    CstaRequest<? extends CstaResponse> failingRequest();

    /**
     * {@return a {@link RawRequest} the gateway answers positively with a non-null result} Empty,
     * the default, skips the raw request test for a gateway that cannot answer one.
     */
    default Optional<RawRequest> rawRequest() {
      return Optional.empty();
    }

    /**
     * Makes the gateway send events to this transport, in an order {@link #orderOf} can tell.
     *
     * @param transport the connected, prepared transport
     * @param count how many events
     * @throws Exception if it fails; the test fails
     */
    void triggerEvents(CstaTransport transport, int count) throws Exception;

    /**
     * {@return a number that grows with each event {@link #triggerEvents} made}
     *
     * @param event one of those events, as the transport delivered it
     */
    long orderOf(CstaEvent event);

    /**
     * Makes the gateway hold its next responses.
     *
     * @param count how many of the next responses to hold
     * @param delay how long to hold each
     */
    void delayResponses(int count, Duration delay);

    /** Makes the gateway drop every connection, as a network failure would. */
    void dropConnections();

    /**
     * {@return whether the transport resumes an interrupted connection against this gateway} True
     * runs the resume tests, which call the three methods below; false (the default) skips them,
     * and the suite checks instead that the transport never calls {@link
     * TransportListener#onInterrupted} or {@link TransportListener#onResumed}.
     */
    default boolean resumes() {
      return false;
    }

    /**
     * Takes the socket of every connection away so that the transport can resume it within the
     * gateway's window (the gateway keeps what it sends meanwhile). A real gateway lets it resume
     * at once; a scripted one holds it until {@link #letResume}. Called only if {@link #resumes()}.
     *
     * @throws Exception if it fails; the test fails
     */
    default void interruptConnections() throws Exception {
      throw new UnsupportedOperationException("the harness says its transport does not resume");
    }

    /**
     * Lets the connections interrupted by {@link #interruptConnections} come back. For a real
     * gateway usually nothing (the transport resumes by itself); a scripted one resumes them.
     *
     * @throws Exception if it fails; the test fails
     */
    default void letResume() throws Exception {}

    /**
     * Takes the socket of every connection away so that it cannot be resumed (the gateway forgets
     * the connection, or refuses the resume): the transport must report the loss. Called only if
     * {@link #resumes()}.
     *
     * @throws Exception if it fails; the test fails
     */
    default void interruptConnectionsForGood() throws Exception {
      throw new UnsupportedOperationException("the harness says its transport does not resume");
    }

    /** Stops the gateway and anything the harness started. */
    @Override
    void close();
  }

  /** A contract suite; subclasses are instantiated by JUnit. */
  protected TransportContractTest() {}

  /**
   * {@return the harness for one test} Called once per test, before it.
   *
   * @throws Exception if it cannot be made; the test fails
   */
  protected abstract Harness harness() throws Exception;

  private static final Duration WAIT = Duration.ofSeconds(15);

  private Harness harness;
  private ExecutorService executor;
  private final List<CstaTransport> transports = new ArrayList<>();
  private final AtomicLong requestIds = new AtomicLong();

  @BeforeEach
  void startHarness() throws Exception {
    harness = harness();
    executor = Executors.newFixedThreadPool(4, Threads.numbered("contract-callbacks-"));
  }

  @AfterEach
  void stopHarness() throws Exception {
    for (CstaTransport t : transports) {
      t.close();
    }
    harness.close();
    executor.shutdownNow();
  }

  /** A new transport reporting to {@code listener}, connected and prepared. */
  private CstaTransport open(TransportListener listener) throws Exception {
    CstaTransport t =
        harness.newTransport(
            TransportConfig.builder(java.net.URI.create("contract:gateway"), executor), listener);
    transports.add(t);
    assertThat(t.state()).isEqualTo(TransportState.NEW);
    t.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    harness.prepare(t);
    return t;
  }

  private RequestOptions options(Duration timeout) {
    return RequestOptions.of(timeout, "contract-" + requestIds.incrementAndGet());
  }

  /** {@return the response to a good request, sent now: the transport still serves} */
  private CstaResponse answerToAGoodRequest(CstaTransport t) throws Exception {
    return answer(t.send(harness.goodRequest(), options(WAIT)));
  }

  private static <T> T answer(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /**
   * {@return {@code count} good requests sent now, which the gateway holds for 30 s; each with a 60
   * s timeout, so that only a loss or a close ends them within a test}
   */
  private List<CompletionStage<? extends CstaResponse>> sendHeld(CstaTransport t, int count) {
    harness.delayResponses(count, Duration.ofSeconds(30));
    List<CompletionStage<? extends CstaResponse>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(t.send(harness.goodRequest(), options(Duration.ofSeconds(60))));
    }
    return sent;
  }

  private static Throwable failureOf(CompletionStage<?> stage) throws Exception {
    try {
      stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause == null) {
        throw new AssertionError("the request failed without a cause", e);
      }
      return cause;
    }
    throw new AssertionError("the request succeeded but should have failed");
  }

  @Test
  void connectsOnceAndReportsItsStates() throws Exception {
    RecordingTransportListener r = new RecordingTransportListener();
    CstaTransport t = open(r);
    assertThat(r.awaitState(WAIT)).isEqualTo(TransportState.CONNECTING);
    assertThat(r.awaitState(WAIT)).isEqualTo(TransportState.CONNECTED);
    assertThatThrownBy(t::connect).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void responsesAreTypedAndCompleteOffTheCallersThread() throws Exception {
    CstaTransport t = open(new RecordingTransportListener());
    // a held response completes after the dependent stage below is attached, on the completing
    // thread
    harness.delayResponses(1, Duration.ofMillis(300));
    CompletableFuture<String> thread = new CompletableFuture<>();
    CstaResponse response =
        answer(
            t.send(harness.goodRequest(), options(WAIT))
                .whenComplete((v, e) -> thread.complete(Thread.currentThread().getName())));
    assertThat(response).isNotNull();
    assertThat(answer(thread)).startsWith("contract-callbacks-");
  }

  @Test
  void failuresAreTyped() throws Exception {
    CstaTransport t = open(new RecordingTransportListener());
    assertThat(failureOf(t.send(harness.failingRequest(), options(WAIT))))
        .isInstanceOf(CstaFailureException.class);
    // the connection is still good
    assertThat(answerToAGoodRequest(t)).isNotNull();
  }

  @Test
  void aRawRequestCompletesWithARawResponse() throws Exception {
    Optional<RawRequest> raw = harness.rawRequest();
    Assumptions.assumeTrue(raw.isPresent(), "the harness has no raw request");
    CstaTransport t = open(new RecordingTransportListener());
    RawResponse response = answer(t.send(raw.get(), options(WAIT)));
    assertThat(response.method()).isEqualTo(raw.get().method());
    assertThat(response.payload()).isPresent();
    // typed requests go on as before
    assertThat(answerToAGoodRequest(t)).isNotNull();
  }

  @Test
  void eventsArriveInOrderOneAtATimeOffTheIoThread() throws Exception {
    RecordingTransportListener r = new RecordingTransportListener();
    CstaTransport t = open(r);
    int count = 40;
    harness.triggerEvents(t, count);
    List<Long> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add(harness.orderOf(r.awaitEvent(WAIT)));
    }
    assertThat(order).isSorted();
    assertThat(r.overlapped()).isFalse();
    // OkHttp names its reader threads after the URL; a transport's I/O thread must never call back
    assertThat(r.callbackThreads()).isNotEmpty().noneMatch(n -> n.startsWith("OkHttp"));
  }

  @Test
  void aThrowingListenerDoesNotStopDelivery() throws Exception {
    RecordingTransportListener r = new RecordingTransportListener();
    AtomicInteger calls = new AtomicInteger();
    TransportListener throwing =
        new TransportListener() {
          @Override
          public void onEvent(CstaEvent event) {
            if (calls.incrementAndGet() == 1) {
              throw new IllegalStateException("listener bug");
            }
            r.onEvent(event);
          }
        };
    CstaTransport t = open(throwing);
    harness.triggerEvents(t, 3);
    r.awaitEvent(WAIT);
    r.awaitEvent(WAIT);
    assertThat(r.events()).hasSize(2);
  }

  @Test
  void aRequestWithoutAnswerTimesOutAndTheTransportGoesOn() throws Exception {
    CstaTransport t = open(new RecordingTransportListener());
    harness.delayResponses(1, Duration.ofSeconds(3));
    Throwable timeout = failureOf(t.send(harness.goodRequest(), options(Duration.ofMillis(300))));
    assertThat(timeout).isInstanceOf(RequestTimeoutException.class);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    assertThat(answerToAGoodRequest(t)).isNotNull();
  }

  @Test
  void lossFailsEveryPendingRequestAtOnceAndIsReportedOnce() throws Exception {
    RecordingTransportListener r = new RecordingTransportListener();
    CstaTransport t = open(r);
    List<CompletionStage<? extends CstaResponse>> sent = sendHeld(t, 3);
    harness.dropConnections();
    for (CompletionStage<? extends CstaResponse> s : sent) {
      assertThat(failureOf(s)).isInstanceOf(ConnectionLostException.class);
    }
    ConnectionLostException lost = r.awaitLoss(WAIT);
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    assertThat(failureOf(t.send(harness.goodRequest(), options(WAIT))))
        .isInstanceOf(ConnectionLostException.class);
    // reported once: nothing more arrives while a later callback flushes through
    flushCallbacks();
    assertThat(r.losses()).containsExactly(lost);
    if (!harness.resumes()) {
      assertThat(r.interruptions())
          .as("a transport that does not resume is never interrupted")
          .isEmpty();
      assertThat(r.resumes()).isZero();
    }
  }

  /** The interruption, resume and loss callbacks of {@code r}, in order. */
  private static List<RecordingTransportListener.Call> connectionNews(
      RecordingTransportListener r) {
    List<RecordingTransportListener.Call> news = new ArrayList<>();
    for (RecordingTransportListener.Call c : r.calls()) {
      if (c == RecordingTransportListener.Call.INTERRUPTED
          || c == RecordingTransportListener.Call.RESUMED
          || c == RecordingTransportListener.Call.CONNECTION_LOST) {
        news.add(c);
      }
    }
    return news;
  }

  private void flushCallbacks() throws InterruptedException {
    CountDownLatch flushed = new CountDownLatch(1);
    executor.execute(flushed::countDown);
    assertThat(flushed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void anInterruptedConnectionResumesWithNothingLostOrRepeated() throws Exception {
    Assumptions.assumeTrue(harness.resumes(), "the transport does not resume connections");
    RecordingTransportListener r = new RecordingTransportListener();
    CstaTransport t = open(r);
    harness.triggerEvents(t, 5);
    List<Long> order = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      order.add(harness.orderOf(r.awaitEvent(WAIT)));
    }
    harness.interruptConnections();
    r.awaitInterruption(WAIT);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
    // sent and triggered while interrupted (or, on a fast real gateway, just after the resume)
    CompletionStage<? extends CstaResponse> sent = t.send(harness.goodRequest(), options(WAIT));
    harness.triggerEvents(t, 5);
    harness.letResume();
    r.awaitResume(WAIT);
    for (int i = 0; i < 5; i++) {
      order.add(harness.orderOf(r.awaitEvent(WAIT)));
    }
    assertThat(answer(sent)).isNotNull();
    flushCallbacks();
    assertThat(order).as("in order, none twice").isSorted().doesNotHaveDuplicates();
    assertThat(r.events()).as("none lost, none repeated").hasSize(10);
    assertThat(connectionNews(r))
        .containsExactly(
            RecordingTransportListener.Call.INTERRUPTED, RecordingTransportListener.Call.RESUMED);
    assertThat(r.states())
        .as("no state change for an interruption")
        .containsExactly(TransportState.CONNECTING, TransportState.CONNECTED);
    assertThat(r.overlapped()).isFalse();
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
  }

  @Test
  void aRequestTimesOutWhileInterruptedAndTheResumedConnectionGoesOn() throws Exception {
    Assumptions.assumeTrue(harness.resumes(), "the transport does not resume connections");
    RecordingTransportListener r = new RecordingTransportListener();
    CstaTransport t = open(r);
    harness.delayResponses(1, Duration.ofSeconds(3)); // late even if the resume is quick
    harness.interruptConnections();
    r.awaitInterruption(WAIT);
    Throwable timeout = failureOf(t.send(harness.goodRequest(), options(Duration.ofMillis(300))));
    assertThat(timeout).isInstanceOf(RequestTimeoutException.class);
    harness.letResume();
    r.awaitResume(WAIT);
    assertThat(answerToAGoodRequest(t)).isNotNull();
    assertThat(r.losses()).isEmpty();
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);
  }

  @Test
  void aConnectionThatCannotResumeIsLostWithEveryPendingRequestFailed() throws Exception {
    Assumptions.assumeTrue(harness.resumes(), "the transport does not resume connections");
    RecordingTransportListener r = new RecordingTransportListener();
    CstaTransport t = open(r);
    List<CompletionStage<? extends CstaResponse>> sent = sendHeld(t, 2);
    harness.interruptConnectionsForGood();
    for (CompletionStage<? extends CstaResponse> s : sent) {
      assertThat(failureOf(s)).isInstanceOf(ConnectionLostException.class);
    }
    r.awaitLoss(WAIT);
    assertThat(t.state()).isEqualTo(TransportState.LOST);
    flushCallbacks();
    // an interruption, if the transport reported one, ended with the loss and not with a resume
    List<RecordingTransportListener.Call> news = connectionNews(r);
    assertThat(news).endsWith(RecordingTransportListener.Call.CONNECTION_LOST);
    assertThat(news).doesNotContain(RecordingTransportListener.Call.RESUMED);
    assertThat(r.losses()).hasSize(1);
  }

  @Test
  void closingAnInterruptedTransportFailsItsRequestsAndEndsTheInterruption() throws Exception {
    Assumptions.assumeTrue(harness.resumes(), "the transport does not resume connections");
    RecordingTransportListener r = new RecordingTransportListener();
    CstaTransport t = open(r);
    harness.delayResponses(1, Duration.ofSeconds(30));
    harness.interruptConnections();
    r.awaitInterruption(WAIT);
    CompletionStage<? extends CstaResponse> pending =
        t.send(harness.goodRequest(), options(Duration.ofSeconds(60)));
    t.close();
    assertThat(failureOf(pending)).isInstanceOf(TransportClosedException.class);
    assertThat(t.state()).isEqualTo(TransportState.CLOSED);
    harness.letResume();
    flushCallbacks();
    assertThat(r.losses()).as("a close is not a loss").isEmpty();
  }

  @Test
  void closeFailsPendingRequestsAndIsIdempotent() throws Exception {
    CstaTransport t = open(new RecordingTransportListener());
    CompletionStage<? extends CstaResponse> pending = sendHeld(t, 1).get(0);
    t.close();
    assertThat(failureOf(pending)).isInstanceOf(TransportClosedException.class);
    assertThat(t.state()).isEqualTo(TransportState.CLOSED);
    t.close();
    assertThat(failureOf(t.send(harness.goodRequest(), options(WAIT))))
        .isInstanceOf(TransportClosedException.class);
  }
}
