package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csta4j.session.TestEvents.delivered;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.MonitorStartResponse;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.InMemoryTransport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The corners of recovery that random faults rarely hit: a fault inside a restore, a connect that
 * is never answered, a close while connecting, two threads asking for one monitor. Each of these
 * failed before the engine was rebuilt (see docs/session-states.md).
 */
class RecoveryCornersTest {
  static final Duration WAIT = Duration.ofSeconds(20);

  private final ScriptedGateway gateway = new ScriptedGateway();
  private final VirtualScheduler time = new VirtualScheduler();
  private final RecordingListener rec = new RecordingListener();
  private final List<CstaClient> clients = new ArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(CstaClient::close);
    gateway.awaitAllEnded(); // no transport is left open behind a closed client
  }

  private CstaClient.Builder builder(CstaTransportFactory factory) {
    return CstaClient.builder()
        .gateway(URI.create("memory://gateway"))
        .transport(factory)
        .credentials("alice", "pw", "pbx.example")
        .scheduler(time)
        .clock(time)
        .random(new Random(7))
        .listener(rec);
  }

  private CstaSession connect() throws Exception {
    CstaClient client = builder(gateway).build();
    clients.add(client);
    return client.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static String deviceOf(InMemoryTransport.SentRequest r) {
    return ((MonitorStart) r.request()).monitorObject().deviceObject().orElseThrow().value();
  }

  /** The next event on the handle's cross reference id, sent on {@code t}, reaches its listener. */
  private static void assertDelivers(Monitor m, InMemoryTransport t, String callId)
      throws InterruptedException {
    CountDownLatch seen = new CountDownLatch(1);
    Registration r =
        m.on(
            DeliveredEvent.class,
            e -> {
              if (e.connection().callId().orElseThrow().equals(callId)) {
                seen.countDown();
              }
            });
    t.emit(delivered(m.crossRefId(), callId, m.device()));
    assertThat(seen.await(WAIT.toSeconds(), TimeUnit.SECONDS))
        .as("an event on " + m.device() + " reaches its handle")
        .isTrue();
    r.close();
  }

  @Test
  void aLossInsideARestoreLeavesNoHandleActiveUnderADeadCrossReference() throws Exception {
    CstaSession session = connect();
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m100 = session.monitor("100").get(20, TimeUnit.SECONDS);
    Monitor m101 = session.monitor("101").get(20, TimeUnit.SECONDS);

    gateway.unanswered.add(MonitorStart.class);
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    InMemoryTransport second = gateway.awaitTransport();
    // the restore answers one monitor, then the new connection dies before the other is answered
    InMemoryTransport.SentRequest a = second.awaitRequest(WAIT);
    second.awaitRequest(WAIT);
    a.respond(MonitorStartResponse.of("ref-on-a-dead-connection"));
    second.loseConnection("reset during restore");
    rec.awaitFault(SessionFault.Kind.RECONNECT_FAILED);

    gateway.unanswered.clear();
    time.runNext(WAIT); // attempt 2, after its backoff
    InMemoryTransport third = gateway.awaitTransport();
    Gap gap = rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);

    assertThat(gap.notResynced()).isEmpty();
    assertThat(gap.resynced()).containsExactlyInAnyOrder("100", "101");
    for (Monitor m : List.of(m100, m101)) {
      assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
      assertThat(m.crossRefId()).isIn("ref-3", "ref-4"); // the gateway's answers on `third`
      assertDelivers(m, third, "c-" + m.device());
    }
    assertThat(rec.gaps).as("one gap for one outage").isEmpty();
  }

  @Test
  void listenersHearOfAnOutageWhenNoHandleHoldsADeadCrossReferenceAndOfTheGapWhenActive()
      throws Exception {
    CstaSession session = connect();
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m100 = session.monitor("100").get(20, TimeUnit.SECONDS);
    Monitor m101 = session.monitor("101").get(20, TimeUnit.SECONDS);
    Set<String> dead = Set.of(m100.crossRefId(), m101.crossRefId());
    List<String> wrong = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch active = new CountDownLatch(1);
    session.addListener(
        new SessionListener() {
          @Override
          public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable why) {
            heard.add(to.name());
            // when a listener hears of the outage, no handle is ACTIVE under the dead connection's
            // id (by the time it runs, the handles may be SUSPENDED, or ACTIVE again under new ids)
            for (Monitor m : session.monitors()) {
              if (m.state() == MonitorState.ACTIVE && dead.contains(m.crossRefId())) {
                wrong.add(to + ": " + m);
              }
            }
            if (to == SessionState.ACTIVE) {
              active.countDown();
            }
          }

          @Override
          public void onGap(Gap gap) {
            heard.add("gap while " + session.state());
          }
        });
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    assertThat(active.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(heard).containsExactly("RECONNECTING", "gap while ACTIVE", "ACTIVE");
    assertThat(wrong).isEmpty();
  }

  @Test
  void aHubErrorToOneRestoreLosesThatMonitorOnlyAndTheGapNamesIt() throws Exception {
    CstaSession session = connect();
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m100 = session.monitor("100").get(20, TimeUnit.SECONDS);
    Monitor m101 = session.monitor("101").get(20, TimeUnit.SECONDS);

    gateway.unanswered.add(MonitorStart.class);
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    InMemoryTransport second = gateway.awaitTransport();
    for (int i = 0; i < 2; i++) {
      InMemoryTransport.SentRequest r = second.awaitRequest(WAIT);
      if (deviceOf(r).equals("101")) {
        r.refuse("device 101 is being moved");
      } else {
        r.respond(MonitorStartResponse.of("ref-100-new"));
      }
    }
    Gap gap = rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);

    assertThat(m100.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(m100.crossRefId()).isEqualTo("ref-100-new");
    assertThat(m101.state()).isEqualTo(MonitorState.LOST);
    assertThat(m101.crossRefId()).isEmpty();
    assertThat(gap.notResynced()).containsExactly("101");
    assertThat(rec.allFaults)
        .anySatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(SessionFault.Kind.MONITOR_RESTORE_FAILED);
              assertThat(f.message()).contains("101", "being moved");
            });
    assertDelivers(m100, second, "c1");

    // asking for the lost monitor again starts it anew, under the same handle
    gateway.unanswered.clear();
    assertThat(session.monitor("101").get(20, TimeUnit.SECONDS)).isSameAs(m101);
    assertThat(m101.state()).isEqualTo(MonitorState.ACTIVE);
    assertDelivers(m101, second, "c2");
  }

  @Test
  void aConnectNobodyAnswersFailsWithinTheAttemptDeadline() throws Exception {
    SilentFactory silent = new SilentFactory();
    CstaClient client =
        builder(silent)
            .connectTimeout(Duration.ofSeconds(10))
            .requestTimeout(Duration.ofSeconds(5))
            .build();
    clients.add(client);
    CompletableFuture<CstaSession> connect = client.connect();
    // connect timeout plus a request timeout for each of login, restore and resync
    assertThat(time.awaitNext(WAIT)).isEqualTo(Duration.ofSeconds(25));
    time.runNext(WAIT);
    assertThat(connect)
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(ConnectionLostException.class)
        .withMessageContaining("not connected and logged in within PT25S");
    silent.awaitClosed();
    assertThat(client.sessions()).isEmpty();
  }

  @Test
  void closeWhileConnectingFailsTheConnectAtOnceWithSessionClosed() throws Exception {
    SilentFactory silent = new SilentFactory();
    CstaClient client = builder(silent).build();
    clients.add(client);
    CompletableFuture<CstaSession> connect = client.connect();
    silent.awaitCreated();
    long t0 = System.nanoTime();
    client.close();
    assertThat(connect)
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(SessionClosedException.class)
        .withMessageContaining("closed while connecting");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    silent.awaitClosed();
  }

  @Test
  void twoThreadsAskingForOneMonitorGetOneHandleAndOneMonitorStart() throws Exception {
    CstaSession session = connect();
    InMemoryTransport t = gateway.awaitTransport();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 200; i++) {
        String device = "d" + i;
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Monitor>> asks = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
          asks.add(
              CompletableFuture.supplyAsync(
                      () -> {
                        try {
                          go.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return device;
                      },
                      pool)
                  .thenCompose(session::monitor)); // on the pool thread: both ask at once
        }
        go.countDown();
        Monitor one = asks.get(0).get(40, TimeUnit.SECONDS);
        Monitor two = asks.get(1).get(40, TimeUnit.SECONDS);
        assertThat(one).isSameAs(two);
      }
    } finally {
      pool.shutdownNow();
    }
    long starts =
        t.sentRequests().stream().filter(r -> r.request() instanceof MonitorStart).count();
    assertThat(starts).isEqualTo(200);
    assertThat(session.monitors()).hasSize(200);
    assertThat(Set.copyOf(session.monitors())).hasSize(200);
  }

  /** Transports that never answer anything: a gateway that accepts and then says nothing. */
  static final class SilentFactory implements CstaTransportFactory {
    private final CountDownLatch created = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public String name() {
      return "silent";
    }

    @Override
    public boolean supports(URI gateway) {
      return true;
    }

    @Override
    public CstaTransport create(TransportConfig config, TransportListener listener) {
      created.countDown();
      return new CstaTransport() {
        private volatile TransportState state = TransportState.NEW;

        @Override
        public CompletionStage<Void> connect() {
          state = TransportState.CONNECTING;
          return new CompletableFuture<>();
        }

        @Override
        public <R extends CstaResponse> CompletionStage<R> send(
            CstaRequest<R> request, RequestOptions options) {
          return new CompletableFuture<>();
        }

        @Override
        public TransportState state() {
          return state;
        }

        @Override
        public void close() {
          state = TransportState.CLOSED;
          closed.countDown();
        }
      };
    }

    void awaitCreated() throws InterruptedException {
      assertThat(created.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    void awaitClosed() throws InterruptedException {
      assertThat(closed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("transport closed").isTrue();
    }
  }
}
