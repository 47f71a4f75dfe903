package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csta4j.session.TestEvents.delivered;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.ApplicationSessionTerminated;
import org.csta4j.model.CallState;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.OperationError;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.SessionError;
import org.csta4j.model.SessionTermReason;
import org.csta4j.model.SessionTermReasonValue;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.SnapshotDeviceResponseInfo;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionNegResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.UniversalFailure;
import org.csta4j.transport.RequestTimeoutException;
import org.csta4j.transport.TransportState;
import org.csta4j.transport.testing.InMemoryTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session's logic on the scriptable in-memory transport and virtual time: keepalive timing,
 * backoff, give-up rules, request ids, fail-fast, dispatch and its faults, and connections the
 * transport interrupts and resumes (ADR 0010): a resume is no loss (no RECONNECTING, login, restore
 * or gap), a loss after an interruption or one that outlasts its bound recovers as any loss, and
 * request and keepalive timeouts while interrupted start no recovery. The same behaviour over real
 * sockets is in {@link SessionRecoveryTest}.
 */
class SessionLogicTest {
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

  private CstaClient.Builder builder() {
    return CstaClient.builder()
        .gateway(URI.create("memory://gateway"))
        .transport(gateway)
        .credentials("alice", "s3cret-pw", "pbx.example")
        .scheduler(time)
        .clock(time)
        .random(new Random(42))
        .listener(rec);
  }

  private CstaSession connect(CstaClient.Builder b) throws Exception {
    CstaClient client = b.build();
    clients.add(client);
    return client.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The session closes a dead transport off its own lane: wait for it, with a timeout. */
  private static void awaitClosed(InMemoryTransport t) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (t.state() != org.csta4j.transport.TransportState.CLOSED) {
      assertThat(System.nanoTime()).as("transport closed within " + WAIT).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static int count(InMemoryTransport t, Class<?> type) {
    return (int) t.sentRequests().stream().filter(r -> type.isInstance(r.request())).count();
  }

  @Test
  void logsInWithTheCredentialsAndGivesEveryRequestItsOwnId() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    StartApplicationSession login = (StartApplicationSession) t.sentRequests().get(0).request();
    assertThat(login.applicationInfo().applicationSpecificInfo().orElseThrow().userId())
        .contains("alice");
    assertThat(login.requestedSessionDuration()).isEqualTo(Duration.ofMinutes(2));
    session.monitor("100").get(20, TimeUnit.SECONDS);
    session.snapshot("100").get(20, TimeUnit.SECONDS);
    List<String> ids = new ArrayList<>();
    t.sentRequests().forEach(r -> ids.add(r.requestId()));
    assertThat(ids).hasSize(3).doesNotHaveDuplicates().allMatch(id -> id.startsWith("csta4j-"));
    assertThat(session.sessionId()).isEqualTo("s-1");
    assertThat(session.toString() + login.toString()).doesNotContain("s3cret-pw");
  }

  @Test
  void keepaliveRunsAtHalfTheGrantedDurationAndFollowsNewGrants() throws Exception {
    gateway.granted = Duration.ofSeconds(40);
    gateway.regranted = Duration.ofSeconds(10);
    connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    assertThat(time.awaitNext(WAIT)).isEqualTo(Duration.ofSeconds(20));
    time.runNext(WAIT);
    // the gateway granted 10 s this time: the next keepalive is due in 5 s
    assertThat(time.awaitNext(WAIT)).isEqualTo(Duration.ofSeconds(5));
    assertThat(count(t, ResetApplicationSessionTimer.class)).isEqualTo(1);
    ResetApplicationSessionTimer reset =
        (ResetApplicationSessionTimer) t.sentRequests().get(1).request();
    assertThat(reset.sessionId()).isEqualTo("s-1");
  }

  @Test
  void keepaliveIntervalIsCappedByTheConfiguredInterval() throws Exception {
    gateway.granted = Duration.ofMinutes(10);
    connect(
        builder()
            .sessionDuration(Duration.ofMinutes(10))
            .keepaliveInterval(Duration.ofSeconds(30)));
    assertThat(time.awaitNext(WAIT)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void reconnectBacksOffExponentiallyWithJitterAfterAnImmediateFirstRetry() throws Exception {
    ReconnectPolicy policy =
        ReconnectPolicy.builder()
            .initialBackoff(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(8))
            .jitter(0.5)
            .maxAttempts(8)
            .build();
    CstaSession session = connect(builder().reconnectPolicy(policy));
    InMemoryTransport first = gateway.awaitTransport();
    gateway.failConnects = "gateway down";
    first.loseConnection("cable pulled");
    rec.awaitState(SessionState.RECONNECTING);

    List<Duration> delays = new ArrayList<>();
    for (int attempt = 1; attempt <= 8; attempt++) {
      // the keepalive of the dead connection was cancelled: the only task is the next attempt
      delays.add(time.runNext(WAIT));
      gateway.awaitTransport();
      rec.awaitFault(SessionFault.Kind.RECONNECT_FAILED);
    }
    assertThat(delays.get(0)).isZero();
    for (int i = 1; i < delays.size(); i++) {
      long nominal = Math.min(1000L << (i - 1), 8000);
      assertThat(delays.get(i).toMillis())
          .as("attempt %d", i + 1)
          .isBetween(nominal / 2, Math.min(nominal * 3 / 2, 8000));
    }
    assertThat(delays.subList(4, 8)).as("capped").allMatch(d -> d.toMillis() <= 8000);
    rec.awaitState(SessionState.CLOSED);
    assertThat(session.state()).isEqualTo(SessionState.CLOSED);
    assertThat(gateway.all).hasSize(9);
    assertThatThrownBy(() -> session.makeCall("100", "200").get(20, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(SessionClosedException.class)
        .hasMessageContaining("gave up reconnecting after 8 attempts");
  }

  @Test
  void rejectedCredentialsOnReconnectEndTheSessionWithoutRetrying() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    gateway.override =
        r ->
            r.request() instanceof StartApplicationSession
                ? StartApplicationSessionNegResponse.of(SessionError.INVALID_APPLICATION_INFO)
                : null;
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    rec.awaitState(SessionState.CLOSED);
    assertThat(gateway.all).hasSize(2);
    assertThat(time.pending()).as("no further attempt scheduled").isZero();
    assertThat(rec.causes).anySatisfy(c -> assertThat(c).isInstanceOf(LoginFailedException.class));
    assertThat(session.state()).isEqualTo(SessionState.CLOSED);
  }

  @Test
  void busyGatewayAtLoginIsRetried() throws Exception {
    connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    gateway.override =
        r ->
            r.request() instanceof StartApplicationSession
                ? StartApplicationSessionNegResponse.of(SessionError.SERVER_RESOURCES_BUSY)
                : null;
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    SessionFault f = rec.awaitFault(SessionFault.Kind.RECONNECT_FAILED);
    assertThat(f.cause()).containsInstanceOf(LoginFailedException.class);
    assertThat(f.cause().orElseThrow())
        .isInstanceOfSatisfying(
            LoginFailedException.class, refused -> assertThat(refused.isPermanent()).isFalse());
    gateway.override = r -> null;
    time.runNext(WAIT);
    rec.awaitState(SessionState.ACTIVE);
  }

  @Test
  void aTransportThatCannotBeMadeFailsConnectAtOnce() {
    CstaClient client =
        builder()
            .transport(
                new org.csta4j.transport.CstaTransportFactory() {
                  @Override
                  public String name() {
                    return "refusing";
                  }

                  @Override
                  public boolean supports(URI gateway) {
                    return true;
                  }

                  @Override
                  public org.csta4j.transport.CstaTransport create(
                      org.csta4j.transport.TransportConfig config,
                      org.csta4j.transport.TransportListener listener) {
                    throw new IllegalArgumentException("refusing unencrypted http to example");
                  }
                })
            .build();
    clients.add(client);
    assertThat(client.connect())
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(IllegalArgumentException.class)
        .withMessage("refusing unencrypted http to example");
    assertThat(client.sessions()).isEmpty();
  }

  @Test
  void aListenerGivenWithTheMonitorSeesEvenTheFirstEvent() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    List<String> got = new CopyOnWriteArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    // the gateway's first event follows its MonitorStart answer at once
    gateway.unanswered.add(MonitorStart.class);
    CompletableFuture<Monitor> started =
        session.monitor(
            "100",
            e -> {
              got.add(e.monitorCrossRefId());
              first.countDown();
            });
    InMemoryTransport.SentRequest start = t.awaitRequest(WAIT);
    assertThat(start.request()).isInstanceOf(MonitorStart.class);
    start.respond(org.csta4j.model.MonitorStartResponse.of("ref-first"));
    t.emit(delivered("ref-first", "c1", "100"));
    Monitor m = started.get(20, TimeUnit.SECONDS);
    assertThat(first.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(got).containsExactly("ref-first");
    assertThat(m.crossRefId()).isEqualTo("ref-first");
  }

  @Test
  void firstLoginRefusalFailsConnectAndClosesTheTransport() throws Exception {
    gateway.override =
        r ->
            r.request() instanceof StartApplicationSession
                ? UniversalFailure.of(OperationError.GENERIC)
                : null;
    CstaClient client = builder().build();
    clients.add(client);
    assertThatThrownBy(() -> client.connect().get(20, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(LoginFailedException.class)
        .hasMessageContaining("alice@pbx.example");
    assertThat(gateway.awaitTransport().state())
        .isEqualTo(org.csta4j.transport.TransportState.CLOSED);
  }

  @Test
  void requestsFailFastWhileReconnectingAndPendingOnesFailAtTheLoss() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    // the scripted gateway never answers MakeCall: this one is pending at the loss
    CompletableFuture<?> pending = session.makeCall("100", "200");
    first.awaitRequest(WAIT);
    first.loseConnection("reset");
    rec.awaitState(SessionState.RECONNECTING);
    assertThat(pending)
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(org.csta4j.transport.ConnectionLostException.class);
    CompletableFuture<?> refused = session.makeCall("100", "200");
    assertThat(refused)
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(SessionUnavailableException.class)
        .withMessageContaining("MakeCall: not sent, the session is RECONNECTING");
  }

  @Test
  void everyRequestTimesOutByDefaultOrByItsOwnTimeout() throws Exception {
    CstaSession session = connect(builder().requestTimeout(Duration.ofMillis(300)));
    // the scripted gateway never answers MakeCall
    assertThat(session.makeCall("100", "200"))
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(org.csta4j.transport.RequestTimeoutException.class)
        .withMessageContaining("MakeCall");
    assertThat(session.send(org.csta4j.model.MakeCall.of("100", "200"), Duration.ofMillis(50)))
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(org.csta4j.transport.RequestTimeoutException.class);
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
  }

  @Test
  void closeSaysGoodbyeAndFailsWhatIsPending() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    // a request nobody answers
    CompletableFuture<?> hanging = session.send(org.csta4j.model.MakeCall.of("100", "200"));
    session.close();
    assertThat(count(t, StopApplicationSession.class)).isEqualTo(1);
    assertThat(hanging).failsWithin(WAIT);
    rec.awaitState(SessionState.CLOSED);
    assertThat(t.state()).isEqualTo(org.csta4j.transport.TransportState.CLOSED);
    assertThat(time.pending()).as("keepalive cancelled").isZero();
    session.close(); // idempotent
  }

  @Test
  void applicationSessionTerminatedStartsRecovery() throws Exception {
    connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    first.emit(
        ApplicationSessionTerminated.of(
            "s-1", SessionTermReason.of(SessionTermReasonValue.SESSION_TIMER_EXPIRED)));
    rec.awaitFault(SessionFault.Kind.SESSION_TERMINATED);
    rec.awaitState(SessionState.RECONNECTING);
    time.runImmediate(WAIT);
    rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);
    awaitClosed(first);
    assertThat(gateway.logins.get()).isEqualTo(2);
  }

  @Test
  void monitorThatCannotBeRestoredIsLostAndNamedInTheGap() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m100 = session.monitor("100").get(20, TimeUnit.SECONDS);
    Monitor m101 = session.monitor("101").get(20, TimeUnit.SECONDS);
    gateway.override =
        r ->
            r.request() instanceof MonitorStart
                    && ((MonitorStart) r.request())
                        .monitorObject()
                        .deviceObject()
                        .orElseThrow()
                        .value()
                        .equals("101")
                ? UniversalFailure.of(OperationError.INVALID_DEVICE_ID)
                : null;
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    Gap gap = rec.awaitGap();
    assertThat(gap.resynced()).containsExactly("100");
    assertThat(gap.notResynced()).containsExactly("101");
    assertThat(m100.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(m101.state()).isEqualTo(MonitorState.LOST);
    assertThat(rec.allFaults).anyMatch(f -> f.kind() == SessionFault.Kind.MONITOR_RESTORE_FAILED);
  }

  @Test
  void snapshotAfterTheGapCorrectsTrackedCallsAndListsTheChanges() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m100 = session.monitor("100").get(20, TimeUnit.SECONDS);
    CountDownLatch seen = new CountDownLatch(1);
    m100.on(DeliveredEvent.class, e -> seen.countDown());
    first.emit(delivered(m100.crossRefId(), "c1", "100"));
    assertThat(seen.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(m100.calls()).containsEntry("c1", LocalConnectionState.ALERTING);
    gateway.snapshots.put(
        "100",
        SnapshotDeviceResponse.builder()
            .addSnapshotData(
                SnapshotDeviceResponseInfo.builder()
                    .connectionIdentifier(ConnectionId.of("c2", "100"))
                    .localCallState(CallState.ofCompound(List.of(LocalConnectionState.HOLD)))
                    .build())
            .build());
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    Gap gap = rec.awaitGap();
    assertThat(gap.changes())
        .containsExactly(
            CallChange.of("100", "c1", LocalConnectionState.ALERTING, null),
            CallChange.of("100", "c2", null, LocalConnectionState.HOLD));
    assertThat(gap.began()).isEqualTo(gap.ended()).as("virtual time did not move");
    assertThat(m100.calls()).containsOnlyKeys("c2");
  }

  @Test
  void withoutCallTrackingNothingIsTrackedAndNoSnapshotIsTaken() throws Exception {
    CstaSession session = connect(builder().callTracking(false));
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m = session.monitor("100").get(20, TimeUnit.SECONDS);
    CountDownLatch seen = new CountDownLatch(1);
    m.on(DeliveredEvent.class, e -> seen.countDown());
    first.emit(delivered(m.crossRefId(), "c1", "100"));
    assertThat(seen.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(m.calls()).isEmpty();
    first.loseConnection("reset");
    time.runImmediate(WAIT);
    Gap gap = rec.awaitGap();
    assertThat(gap.changes()).isEmpty();
    assertThat(gap.resynced()).isEmpty();
    InMemoryTransport second = gateway.awaitTransport();
    assertThat(count(second, SnapshotDevice.class)).isZero();
    assertThat(count(second, MonitorStart.class)).isEqualTo(1);
  }

  @Test
  void closingTheClientFromAListenerDoesNotHang() throws Exception {
    CstaClient client = builder().build();
    CstaSession session = client.connect().get(20, TimeUnit.SECONDS);
    InMemoryTransport t = gateway.awaitTransport();
    Monitor m = session.monitor("100").get(20, TimeUnit.SECONDS);
    CompletableFuture<Void> closed = new CompletableFuture<>();
    m.on(
        DeliveredEvent.class,
        e -> {
          client.close();
          closed.complete(null);
        });
    t.emit(delivered(m.crossRefId(), "c1", "100"));
    assertThat(closed).succeedsWithin(WAIT);
    assertThat(session.state()).isEqualTo(SessionState.CLOSED);
  }

  @Test
  void aThrowingListenerIsReportedAndDeliveryGoesOn() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    Monitor m = session.monitor("100").get(20, TimeUnit.SECONDS);
    List<String> got = new CopyOnWriteArrayList<>();
    CountDownLatch two = new CountDownLatch(2);
    m.on(
        DeliveredEvent.class,
        e -> {
          throw new IllegalStateException("listener bug");
        });
    m.on(
        DeliveredEvent.class,
        e -> {
          got.add(e.connection().callId().orElseThrow());
          two.countDown();
        });
    t.emit(delivered(m.crossRefId(), "c1", "100"));
    t.emit(delivered(m.crossRefId(), "c2", "100"));
    assertThat(two.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(got).containsExactly("c1", "c2");
    SessionFault f = rec.awaitFault(SessionFault.Kind.LISTENER_FAILED);
    assertThat(f.message()).contains("listener bug");
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
  }

  @Test
  void aSlowListenerDoesNotStallKeepalive() throws Exception {
    CstaSession session = connect(builder().slowListenerThreshold(Duration.ofMillis(1)));
    InMemoryTransport t = gateway.awaitTransport();
    Monitor m = session.monitor("100").get(20, TimeUnit.SECONDS);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    m.on(
        DeliveredEvent.class,
        e -> {
          long t0 = System.nanoTime();
          inside.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
          }
          // the listener is slow by its own doing, not by how long the keepalives took: on a warm
          // JVM three keepalives on virtual time can run within the 1 ms threshold
          while (System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(20)) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
          }
        });
    t.emit(delivered(m.crossRefId(), "c1", "100"));
    assertThat(inside.await(20, TimeUnit.SECONDS)).isTrue();
    // while the listener blocks, three keepalives go out and are answered
    for (int i = 0; i < 3; i++) {
      time.runNext(WAIT);
      time.awaitNext(WAIT);
    }
    assertThat(count(t, ResetApplicationSessionTimer.class)).isEqualTo(3);
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    release.countDown();
    assertThat(rec.awaitFault(SessionFault.Kind.SLOW_LISTENER).message())
        .contains("DeliveredEvent");
  }

  @Test
  void dispatchOverflowIsAReportedFaultFollowedByRecovery() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      CstaSession session = connect(builder().executor(single).dispatchCapacity(5));
      InMemoryTransport first = gateway.awaitTransport();
      Monitor m = session.monitor("100").get(20, TimeUnit.SECONDS);
      CountDownLatch release = new CountDownLatch(1);
      List<String> got = new CopyOnWriteArrayList<>();
      m.on(
          DeliveredEvent.class,
          e -> {
            got.add(e.connection().callId().orElseThrow());
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException x) {
              Thread.currentThread().interrupt();
            }
          });
      for (int i = 0; i < 20; i++) {
        first.emit(delivered(m.crossRefId(), "c" + i, "100"));
      }
      // recovery starts while the listener still blocks: the old transport is closed
      time.runImmediate(WAIT);
      InMemoryTransport second = gateway.awaitTransport();
      release.countDown();
      SessionFault f = rec.awaitFault(SessionFault.Kind.DISPATCH_OVERFLOW);
      assertThat(f.message()).contains("dispatch queue full");
      rec.awaitGap();
      rec.awaitState(SessionState.ACTIVE);
      awaitClosed(first);
      // what was queued was delivered, in order; nothing after the overflow leaked through
      assertThat(got).startsWith("c0", "c1", "c2", "c3", "c4");
      assertThat(got.size()).isBetween(5, 7);
      for (int i = 1; i < got.size(); i++) {
        assertThat(got.get(i)).isEqualTo("c" + i);
      }
      CountDownLatch after = new CountDownLatch(1);
      m.on(HeldEvent.class, e -> after.countDown());
      second.emit(
          HeldEvent.builder()
              .monitorCrossRefId(m.crossRefId())
              .heldConnection(ConnectionId.of("c9", "100"))
              .holdingDevice(ExtendedDeviceId.of("100"))
              .cause(EventCause.NEW_CALL)
              .build());
      assertThat(after.await(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void eventsPublisherHonoursDemandAndEndsAnOverflowingSubscriber() throws Exception {
    CstaSession session = connect(builder().subscriberBuffer(3));
    InMemoryTransport t = gateway.awaitTransport();
    Monitor m = session.monitor("100").get(20, TimeUnit.SECONDS);
    List<String> got = new CopyOnWriteArrayList<>();
    CompletableFuture<Flow.Subscription> sub = new CompletableFuture<>();
    CompletableFuture<Throwable> error = new CompletableFuture<>();
    CountDownLatch two = new CountDownLatch(2);
    m.events()
        .subscribe(
            new Flow.Subscriber<MonitorEvent>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                sub.complete(s);
              }

              @Override
              public void onNext(MonitorEvent item) {
                got.add(((DeliveredEvent) item).connection().callId().orElseThrow());
                two.countDown();
              }

              @Override
              public void onError(Throwable e) {
                error.complete(e);
              }

              @Override
              public void onComplete() {
                error.complete(null);
              }
            });
    Flow.Subscription s = sub.get(20, TimeUnit.SECONDS);
    s.request(2);
    for (int i = 0; i < 5; i++) {
      t.emit(delivered(m.crossRefId(), "c" + i, "100"));
    }
    assertThat(two.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(got).containsExactly("c0", "c1");
    // three wait in the buffer, the fourth overflows it
    t.emit(delivered(m.crossRefId(), "c5", "100"));
    t.emit(delivered(m.crossRefId(), "c6", "100"));
    assertThat(error.get(20, TimeUnit.SECONDS)).isInstanceOf(EventOverflowException.class);
    assertThat(got).containsExactly("c0", "c1");
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
  }

  @Test
  void malformedMessagesAreReportedAndTheSessionStaysUp() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    t.emitMalformed("Delivered", "{not json", new IllegalArgumentException("bad token"));
    SessionFault f = rec.awaitFault(SessionFault.Kind.MALFORMED_MESSAGE);
    assertThat(f.message()).contains("Delivered", "bad token", "{not json");
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
  }

  @Test
  void builderNamesWhatIsMissingAndNeverPrintsThePassword() {
    assertThatThrownBy(() -> CstaClient.builder().credentials("a", "b", "c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("gateway:");
    assertThatThrownBy(() -> CstaClient.builder().gateway("memory://x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("credentials:");
    assertThatThrownBy(() -> CstaClient.builder().credentials(" ", "b", "c"))
        .hasMessage("userId: must not be blank");
    assertThatThrownBy(() -> CstaClient.builder().requestTimeout(Duration.ZERO))
        .hasMessageContaining("requestTimeout: must be positive");
    assertThatThrownBy(() -> CstaClient.builder().maxMessageBytes(0))
        .hasMessage("maxMessageBytes: must be positive but is 0");
    assertThatThrownBy(
            () -> CstaClient.builder().gateway("nope://x").credentials("a", "b", "c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nope")
        .hasNoCause(); // one exception that says it all, not one wrapped in another
    CstaClient c = builder().build();
    clients.add(c);
    assertThat(c.toString()).contains("alice@pbx.example").doesNotContain("s3cret-pw");
  }

  @Test
  void closeOfTheClientLeavesNoThreadBehind() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    CstaClient client =
        CstaClient.builder()
            .gateway(URI.create("memory://gateway"))
            .transport(gateway)
            .credentials("alice", "pw", "pbx.example")
            .build();
    CstaSession session = client.connect().get(20, TimeUnit.SECONDS);
    session.monitor("100").get(20, TimeUnit.SECONDS);
    // every csta4j thread that came with this client (the JVM may hold other tests' idle ones)
    List<Thread> ours = new ArrayList<>();
    for (Thread th : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(th)
          && (th.getName().startsWith("csta4j-") || th.getName().startsWith("csta-inmemory"))) {
        ours.add(th);
      }
    }
    assertThat(ours).isNotEmpty();
    client.close();
    for (Thread th : ours) {
      th.join(10_000);
    }
    assertThat(ours).noneMatch(Thread::isAlive);
    assertThat(session.state()).isEqualTo(SessionState.CLOSED);
  }

  // ------------------------------------------------------- interrupted and resumed (ADR 0010)

  private static String callId(DeliveredEvent e) {
    return e.connection().callId().orElseThrow();
  }

  @Test
  void anInterruptionThatResumesIsNoLossAndOnlyListenersHearOfIt() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport t = gateway.awaitTransport();
    BlockingQueue<String> calls = new LinkedBlockingQueue<>();
    Monitor m =
        session
            .monitor("100", e -> calls.add(callId((DeliveredEvent) e)))
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    t.emit(delivered("ref-1", "c1", "100"));
    assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c1");

    assertThat(t.interrupt("cable pulled")).isTrue();
    assertThat(rec.awaitInterruption()).hasMessageContaining("cable pulled");
    t.emit(delivered("ref-1", "c2", "100")); // the gateway keeps these for the resume
    t.emit(delivered("ref-1", "c3", "100"));
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(m.crossRefId()).isEqualTo("ref-1");

    time.advance(Duration.ofSeconds(3));
    int keepalivesBefore = count(t, ResetApplicationSessionTimer.class);
    assertThat(t.resume()).isTrue();
    assertThat(rec.awaitResume()).isEqualTo(Duration.ofSeconds(3));
    assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c2");
    assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("c3");
    // a keepalive at once proves the gateway's CSTA session outlived the interruption
    awaitRequests(t, ResetApplicationSessionTimer.class, keepalivesBefore + 1);

    assertThat(count(t, StartApplicationSession.class)).as("no new login").isEqualTo(1);
    assertThat(count(t, MonitorStart.class)).as("no monitor restore").isEqualTo(1);
    assertThat(gateway.all).as("no new transport").hasSize(1);
    assertThat(rec.gaps).as("no gap").isEmpty();
    assertThat(rec.heard).containsExactly("state ACTIVE", "interrupted", "resumed");
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    assertThat(m.crossRefId()).isEqualTo("ref-1");
    assertThat(calls).isEmpty();
  }

  @Test
  void anInterruptionThatEndsInALossRecoversAsAnyLoss() throws Exception {
    CstaSession session = connect(builder());
    InMemoryTransport first = gateway.awaitTransport();
    Monitor m = session.monitor("100").get(WAIT.toSeconds(), TimeUnit.SECONDS);
    first.interrupt("cable pulled");
    rec.awaitInterruption();
    first.loseConnection("the gateway's window passed");
    rec.awaitFault(SessionFault.Kind.CONNECTION_LOST);
    rec.awaitState(SessionState.RECONNECTING);
    time.runImmediate(WAIT);
    Gap gap = rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);
    assertThat(gap.cause()).hasMessageContaining("window passed");
    assertThat(gateway.logins.get()).isEqualTo(2);
    assertThat(m.state()).isEqualTo(MonitorState.ACTIVE);
    assertThat(m.crossRefId()).isEqualTo("ref-2");
    assertThat(rec.resumes).isEmpty();
    assertThat(rec.heard)
        .containsSubsequence(
            "interrupted", "fault CONNECTION_LOST", "state RECONNECTING", "gap", "state ACTIVE")
        .doesNotContain("resumed")
        .filteredOn(h -> h.equals("gap"))
        .hasSize(1);
  }

  @Test
  void aRequestTimesOutWhileInterruptedAndTheSessionStaysActive() throws Exception {
    CstaSession session = connect(builder().requestTimeout(Duration.ofMillis(300)));
    InMemoryTransport t = gateway.awaitTransport();
    t.interrupt("cable pulled");
    rec.awaitInterruption();
    // held by the interruption, then never answered by the scripted gateway
    assertThat(session.send(MakeCall.of("100", "200")))
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(RequestTimeoutException.class)
        .withMessageContaining("MakeCall");
    assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    t.resume();
    rec.awaitResume();
    assertThat(session.snapshot("100")).succeedsWithin(WAIT);
    assertThat(rec.allFaults).isEmpty();
    assertThat(gateway.all).hasSize(1);
  }

  @Test
  void aKeepaliveUnansweredWhileInterruptedStartsNoRecovery() throws Exception {
    gateway.granted = Duration.ofSeconds(40);
    connect(
        builder()
            .keepaliveInterval(Duration.ofSeconds(10))
            .requestTimeout(Duration.ofMillis(200))
            .connectTimeout(Duration.ofMinutes(1)));
    InMemoryTransport t = gateway.awaitTransport();
    t.interrupt("cable pulled");
    rec.awaitInterruption();
    // the resume bound (1 min + 3 x 200 ms) is later than the keepalive, due in 10 s
    assertThat(time.runNext(WAIT)).isEqualTo(Duration.ofSeconds(10));
    // the keepalive is held and times out (200 ms): it proves nothing, and the next one is
    // scheduled as usual instead of a recovery
    time.awaitDueWithin(Duration.ofSeconds(10), WAIT);
    assertThat(rec.allFaults).isEmpty();
    assertThat(rec.states).containsExactly(SessionState.ACTIVE);
    assertThat(t.state()).isEqualTo(TransportState.CONNECTED);

    t.resume();
    rec.awaitResume();
    // the held keepalive reaches the gateway, and one more goes at the resume
    awaitRequests(t, ResetApplicationSessionTimer.class, 2);
    assertThat(gateway.all).hasSize(1);
    assertThat(rec.allFaults).isEmpty();
    assertThat(rec.gaps).isEmpty();
  }

  @Test
  void anInterruptionThatOutlastsItsBoundIsTakenAsALoss() throws Exception {
    // the bound is the attempt deadline: connect timeout + 3 request timeouts = 5 s
    connect(builder().connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(1)));
    InMemoryTransport first = gateway.awaitTransport();
    first.interrupt("cable pulled");
    rec.awaitInterruption();
    time.awaitDueWithin(Duration.ofSeconds(5), WAIT);
    assertThat(time.runNext(WAIT)).isEqualTo(Duration.ofSeconds(5));
    SessionFault lost = rec.awaitFault(SessionFault.Kind.CONNECTION_LOST);
    assertThat(lost.message()).contains("not resumed within PT5S", "cable pulled");
    rec.awaitState(SessionState.RECONNECTING);
    time.runImmediate(WAIT);
    rec.awaitGap();
    rec.awaitState(SessionState.ACTIVE);
    assertThat(gateway.logins.get()).isEqualTo(2);
    // the abandoned transport is closed, and its late resume changes nothing
    awaitClosed(first);
    assertThat(first.resume()).isFalse();
    assertThat(rec.resumes).isEmpty();
  }

  /**
   * Waits, with a timeout, until the gateway got {@code n} requests of {@code type} on {@code t}.
   */
  private static void awaitRequests(InMemoryTransport t, Class<?> type, int n) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (count(t, type) < n) {
      assertThat(System.nanoTime())
          .as(n + " " + type.getSimpleName() + " within " + WAIT)
          .isLessThan(deadline);
      Thread.onSpinWait();
    }
    assertThat(count(t, type)).isEqualTo(n);
  }
}
