package org.csta4j.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.ResetApplicationSessionTimer;
import org.csta4j.model.ResetApplicationSessionTimerNegResponse;
import org.csta4j.model.SessionError;
import org.csta4j.model.SessionTermReasonValue;
import org.csta4j.model.SnapshotDevice;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionNegResponse;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.StopApplicationSessionNegResponse;
import org.csta4j.model.SystemResourceAvailabilityError;
import org.csta4j.model.UniversalFailure;
import org.csta4j.transport.ConnectionLostException;
import org.jspecify.annotations.Nullable;

/**
 * The wire between one case's {@link FaultyTransport}s and its {@link ModelGateway}: one queue of
 * messages in both directions (connect handshakes, requests, answers, events), moved one at a time
 * by the test's driver ({@link #pumpOne}). Each message that crosses is a boundary; once armed, the
 * k-th boundary gets the planned {@link Fault}. The wire also counts the work it hands to the
 * session's threads, so that the driver can tell when everything is quiet.
 */
final class Wire {
  private static final CstaCodec CODEC = CstaCodec.standard();
  private static final AtomicInteger IO_WORKERS = new AtomicInteger();
  private static final List<Thread> UNWATCHED = new CopyOnWriteArrayList<>();
  private static volatile @Nullable Wire current;
  private static @Nullable ThreadPoolExecutor watched;
  private static @Nullable ThreadFactory plainFactory;

  /** What can go wrong at a boundary; {@link #applies} says where each makes sense. */
  enum Fault {
    /** The connection drops: message k is lost, pending requests fail, the loss is reported. */
    RESET,
    /**
     * Message k crosses (a request is carried out, not answered), then the server closes the
     * connection right behind it, before the session has acted on it.
     */
    CLEAN_CLOSE,
    /** As {@link #RESET}, with the cause a SignalR Close with an error gives. */
    CLOSE_WITH_ERROR,
    /**
     * A connect is refused; a request is refused with a CSTA error instead of being carried out (a
     * login with serverResourcesBusy, or invalidApplicationInfo in the "bad credentials" case).
     */
    ERROR_ANSWER,
    /** A connect or request is never answered; an answer is dropped after the work was done. */
    NO_ANSWER,
    /**
     * The gateway ends the connection's CSTA session and its monitors and sends
     * ApplicationSessionTerminated: before a request is carried out, right behind an answer or
     * event.
     */
    SESSION_TERMINATED,
    /** An answer or event cannot be decoded: the transport reports it instead of delivering it. */
    MALFORMED
  }

  /** What crosses a boundary. */
  enum Kind {
    CONNECT,
    REQUEST,
    ANSWER,
    EVENT
  }

  /** One message on the wire; {@code request} is the request an answer answers. */
  record Message(
      Kind kind,
      FaultyTransport conn,
      String key,
      @Nullable Object body,
      @Nullable CstaRequest<?> request) {
    String name() {
      switch (kind) {
        case CONNECT:
          return "connect";
        case REQUEST:
          return methodName(request);
        case ANSWER:
          return methodName(request) + " answer";
        default:
          return CODEC.registry().eventName((CstaEvent) body);
      }
    }
  }

  /** The fault as it was applied. */
  record Injection(int k, Fault fault, Message message, boolean permanent, Instant at) {}

  /** Whether a fault makes sense at a message: a request cannot be malformed, and so on. */
  static boolean applies(Fault f, Kind kind, String name) {
    switch (f) {
      case RESET:
      case CLEAN_CLOSE:
      case CLOSE_WITH_ERROR:
        return true;
      case ERROR_ANSWER:
        return kind == Kind.CONNECT || kind == Kind.REQUEST;
      case NO_ANSWER:
        return kind != Kind.EVENT;
      case SESSION_TERMINATED:
        return (kind == Kind.REQUEST && !name.equals("StartApplicationSession"))
            || kind == Kind.ANSWER
            || (kind == Kind.EVENT && !name.equals("ApplicationSessionTerminated"));
      default:
        return kind == Kind.ANSWER || kind == Kind.EVENT;
    }
  }

  static String methodName(@Nullable CstaRequest<?> request) {
    return request == null ? "?" : CODEC.registry().methodName(request);
  }

  private final VirtualScheduler time;
  private final Thread driver;
  private final AtomicInteger busy = new AtomicInteger();
  private final AtomicLong activity = new AtomicLong();
  private final List<Throwable> laneErrors = new CopyOnWriteArrayList<>();
  private @Nullable ModelGateway gateway;

  // guarded by this
  private final ArrayDeque<Message> queue = new ArrayDeque<>();
  private final List<String> log = new ArrayList<>();
  private boolean armed;
  private int count;
  private @Nullable Fault fault;
  private int faultAt;
  private boolean permanentRefusal;
  private @Nullable Injection injection;
  private @Nullable Runnable atFault;
  private boolean holding;
  private final List<Runnable> held = new ArrayList<>();

  /** A wire driven by the calling thread; the one the client's I/O pool reports to. */
  Wire(VirtualScheduler time) {
    this.time = time;
    this.driver = Thread.currentThread();
    current = this;
  }

  void attach(ModelGateway g) {
    this.gateway = g;
  }

  VirtualScheduler time() {
    return time;
  }

  // ---------------------------------------------------------------- activity, for quiescence

  /**
   * A transport's callback lane: {@link #counted}, and held back while {@link #holding} (so that a
   * close() at boundary k runs before the session acts on message k).
   */
  Executor lane(Executor delegate) {
    Executor counted = counted(delegate);
    return task -> {
      synchronized (this) {
        if (holding) {
          held.add(() -> counted.execute(task));
          return;
        }
      }
      counted.execute(task);
    };
  }

  synchronized boolean holding() {
    return holding;
  }

  /** Lets the held callbacks run. */
  void release() {
    List<Runnable> go;
    synchronized (this) {
      holding = false;
      go = new ArrayList<>(held);
      held.clear();
    }
    go.forEach(Runnable::run);
    bump();
  }

  /** An executor that counts its tasks until they have run: work the driver must wait for. */
  Executor counted(Executor delegate) {
    return task -> {
      busy.incrementAndGet();
      bump();
      try {
        delegate.execute(
            () -> {
              try {
                task.run();
              } finally {
                busy.decrementAndGet();
                bump();
              }
            });
      } catch (RuntimeException e) {
        busy.decrementAndGet();
        throw e;
      }
    };
  }

  /**
   * Whether no task runs: none of ours (counted), none of the client's I/O pool (its workers are
   * counted, see {@link #watch}).
   */
  boolean idle() {
    if (busy.get() > 0 || IO_WORKERS.get() > 0) {
      return false;
    }
    UNWATCHED.removeIf(t -> !t.isAlive());
    return UNWATCHED.isEmpty();
  }

  /**
   * Makes the work of the client's I/O pool (a cached pool the session's engine runs on, which the
   * client does not let us replace) countable: idle workers end at once, so every task starts a
   * worker, and the pool's thread factory counts the live workers. Workers that already ran are
   * waited for until they end. Undone by {@link #unwatch}.
   */
  static synchronized void watch(Executor io) {
    if (!(io instanceof ThreadPoolExecutor) || watched == io) {
      return;
    }
    ThreadPoolExecutor pool = (ThreadPoolExecutor) io;
    ThreadFactory plain = pool.getThreadFactory();
    Thread[] all = new Thread[Thread.activeCount() + 16];
    for (int i = Thread.enumerate(all) - 1; i >= 0; i--) {
      if (all[i].getName().startsWith("csta4j-io-")) {
        UNWATCHED.add(all[i]);
      }
    }
    pool.setThreadFactory(
        r -> {
          IO_WORKERS.incrementAndGet();
          Thread t =
              plain.newThread(
                  () -> {
                    try {
                      r.run();
                    } finally {
                      IO_WORKERS.decrementAndGet();
                      Wire w = current;
                      if (w != null) {
                        w.bump();
                      }
                    }
                  });
          if (t == null) {
            IO_WORKERS.decrementAndGet();
          }
          return t;
        });
    pool.setKeepAliveTime(1, TimeUnit.NANOSECONDS);
    watched = pool;
    plainFactory = plain;
  }

  static synchronized void unwatch() {
    if (watched != null && plainFactory != null) {
      watched.setThreadFactory(plainFactory);
      watched.setKeepAliveTime(60, TimeUnit.SECONDS);
    }
    watched = null;
    current = null;
  }

  /** Grows with everything that happens; unchanged means nothing happened. */
  long activity() {
    return activity.get();
  }

  /** Waits (on the driver thread) until something happens, at most {@code timeout}. */
  boolean awaitActivity(long seen, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (activity.get() == seen) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      LockSupport.parkNanos(this, left);
    }
    return true;
  }

  /** Something happened that the driver waits for. */
  void poke() {
    bump();
  }

  private void bump() {
    activity.incrementAndGet();
    Thread d = driver;
    if (d != null) {
      LockSupport.unpark(d);
    }
  }

  /** What the session's listener on a transport lane threw: a bug of the session's. */
  List<Throwable> laneErrors() {
    return laneErrors;
  }

  void laneError(Throwable t) {
    laneErrors.add(t);
  }

  // ---------------------------------------------------------------- the fault plan

  /**
   * Counts boundaries from now on; the {@code k}-th gets {@code f} (none if null), once, and then
   * {@code then} runs while the session's callbacks are held back until {@link #release}.
   */
  synchronized void arm(@Nullable Fault f, int k, boolean permanent, @Nullable Runnable then) {
    armed = true;
    count = 0;
    fault = f;
    faultAt = k;
    permanentRefusal = permanent;
    atFault = then;
  }

  synchronized void disarm() {
    armed = false;
    fault = null;
  }

  /** Every boundary since arming, as "k:kind:name". */
  synchronized List<String> log() {
    return List.copyOf(log);
  }

  synchronized @Nullable Injection injection() {
    return injection;
  }

  // ---------------------------------------------------------------- the messages

  void sendConnect(FaultyTransport c) {
    put(new Message(Kind.CONNECT, c, "", null, null));
  }

  void sendRequest(FaultyTransport c, String key, CstaRequest<?> request) {
    put(new Message(Kind.REQUEST, c, key, request, request));
  }

  void put(Message m) {
    synchronized (this) {
      queue.addLast(m);
    }
    bump();
  }

  synchronized boolean isEmpty() {
    return queue.isEmpty();
  }

  /** Moves the next message across its boundary; false if the wire is empty. */
  boolean pumpOne() {
    Message m;
    Fault f = null;
    Runnable then = null;
    boolean permanent;
    synchronized (this) {
      m = queue.pollFirst();
      if (m == null) {
        return false;
      }
      permanent = permanentRefusal;
      if (armed) {
        count++;
        log.add(count + ":" + m.kind + ":" + m.name());
        if (count == faultAt) {
          if (fault != null && applies(fault, m.kind, m.name())) {
            f = fault;
            injection = new Injection(count, f, m, permanent, time.instant());
          }
          then = atFault;
          holding = then != null;
          fault = null;
        }
      }
    }
    bump();
    apply(m, f, permanent);
    if (then != null) {
      then.run();
    }
    return true;
  }

  private void apply(Message m, @Nullable Fault f, boolean permanent) {
    ModelGateway gateway = this.gateway;
    FaultyTransport c = m.conn;
    if (f == Fault.RESET) {
      c.lose(new ConnectionLostException("connection reset by peer"));
      return;
    }
    if (f == Fault.CLOSE_WITH_ERROR) {
      c.lose(new ConnectionLostException("server closed the connection: Error: hub failure"));
      return;
    }
    switch (m.kind) {
      case CONNECT:
        if (f == Fault.ERROR_ANSWER) {
          c.lose(new ConnectionLostException("handshake refused: unsupported protocol"));
        } else if (f != Fault.NO_ANSWER) {
          c.accepted();
        }
        break;
      case REQUEST:
        CstaRequest<?> q = m.request;
        if (f == Fault.ERROR_ANSWER) {
          put(new Message(Kind.ANSWER, c, m.key, refusal(q, permanent), q));
          return;
        }
        if (f == Fault.NO_ANSWER) {
          return;
        }
        if (f == Fault.SESSION_TERMINATED) {
          gateway.terminate(c, SessionTermReasonValue.RESOURCE_LIMITATION);
        }
        List<CstaEvent> events = new ArrayList<>();
        Object answer = gateway.handle(c, q, events);
        if (f == Fault.CLEAN_CLOSE) {
          break;
        }
        put(new Message(Kind.ANSWER, c, m.key, answer, q));
        for (CstaEvent e : events) {
          put(new Message(Kind.EVENT, c, "", e, null));
        }
        return;
      case ANSWER:
        String snapshot =
            m.request instanceof SnapshotDevice
                ? ((SnapshotDevice) m.request).snapshotObject().value()
                : null;
        if (f == Fault.MALFORMED) {
          c.malformed(m.name());
        } else if (f == Fault.CLEAN_CLOSE) {
          // the close arrives right behind the answer: before the session has acted on it
          c.answerThen(m.key, m.body, snapshot, () -> c.lose(closed()));
        } else if (f == Fault.SESSION_TERMINATED) {
          CstaEvent t = gateway.end(c, SessionTermReasonValue.RESOURCE_LIMITATION);
          c.answerThen(m.key, m.body, snapshot, () -> c.deliver(t));
        } else if (f != Fault.NO_ANSWER) {
          c.answer(m.key, m.body, snapshot);
        }
        break;
      default:
        if (f == Fault.MALFORMED) {
          c.malformed(m.name());
          break;
        }
        c.deliver((CstaEvent) m.body);
        if (f == Fault.CLEAN_CLOSE) {
          c.lose(closed());
        } else if (f == Fault.SESSION_TERMINATED) {
          c.deliver(gateway.end(c, SessionTermReasonValue.RESOURCE_LIMITATION));
        }
    }
    if (f == Fault.CLEAN_CLOSE && m.kind != Kind.ANSWER && m.kind != Kind.EVENT) {
      c.lose(closed());
    }
  }

  private static ConnectionLostException closed() {
    return new ConnectionLostException("server closed the connection");
  }

  private static Object refusal(@Nullable CstaRequest<?> q, boolean permanent) {
    if (q instanceof StartApplicationSession) {
      return StartApplicationSessionNegResponse.of(
          permanent ? SessionError.INVALID_APPLICATION_INFO : SessionError.SERVER_RESOURCES_BUSY);
    }
    if (q instanceof ResetApplicationSessionTimer) {
      return ResetApplicationSessionTimerNegResponse.of(
          SessionError.SERVER_CANNOT_RESET_SESSION_TIMER);
    }
    if (q instanceof StopApplicationSession) {
      return StopApplicationSessionNegResponse.of(SessionError.INVALID_SESSION_ID);
    }
    return UniversalFailure.of(SystemResourceAvailabilityError.RESOURCE_BUSY);
  }

  /** A connection is gone: its messages vanish. */
  synchronized void purge(FaultyTransport c) {
    queue.removeIf(m -> m.conn() == c);
  }
}
