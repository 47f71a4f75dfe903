package org.csta4j.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * k-th boundary gets the planned {@link Fault}.
 */
final class Wire {
  private static final CstaCodec CODEC = CstaCodec.standard();

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
    MALFORMED,
    /**
     * The socket goes just before message k crosses and the transport resumes the connection {@link
     * #INTERRUPTION} later (ADR 0010): message k and everything else on the connection, in both
     * directions, is held meanwhile and then crosses in order; nothing is lost.
     */
    INTERRUPT_RESUME,
    /** As {@link #INTERRUPT_RESUME}, but the resume fails: the connection is lost instead. */
    INTERRUPT_LOST
  }

  /** How long an interruption lasts: beyond a request timeout, within a keepalive interval. */
  static final Duration INTERRUPTION = Duration.ofSeconds(3);

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
      return switch (kind) {
        case CONNECT -> "connect";
        case REQUEST -> methodName(request);
        case ANSWER -> methodName(request) + " answer";
        case EVENT -> body instanceof CstaEvent e ? CODEC.registry().eventName(e) : "?";
      };
    }
  }

  /** The fault as it was applied. */
  record Injection(int k, Fault fault, Message message, boolean permanent, Instant at) {}

  /** Whether a fault makes sense at a message: a request cannot be malformed, and so on. */
  static boolean applies(Fault f, Kind kind, String name) {
    return switch (f) {
      case RESET, CLEAN_CLOSE, CLOSE_WITH_ERROR -> true;
      case ERROR_ANSWER -> kind == Kind.CONNECT || kind == Kind.REQUEST;
      case NO_ANSWER -> kind != Kind.EVENT;
      case INTERRUPT_RESUME, INTERRUPT_LOST -> kind != Kind.CONNECT;
      case SESSION_TERMINATED ->
          (kind == Kind.REQUEST && !name.equals("StartApplicationSession"))
              || kind == Kind.ANSWER
              || (kind == Kind.EVENT && !name.equals("ApplicationSessionTerminated"));
      default -> kind == Kind.ANSWER || kind == Kind.EVENT;
    };
  }

  static String methodName(@Nullable CstaRequest<?> request) {
    return request == null ? "?" : CODEC.registry().methodName(request);
  }

  private final VirtualScheduler time;
  private final Activity activity;
  private @Nullable ModelGateway gateway;

  // guarded by this
  private final ArrayDeque<Message> queue = new ArrayDeque<>();
  private final Map<FaultyTransport, List<Message>> held = new HashMap<>();
  private final List<String> log = new ArrayList<>();
  private boolean armed;
  private int count;
  private @Nullable Fault fault;
  private int faultAt;
  private boolean permanentRefusal;
  private @Nullable Injection injection;
  private @Nullable Runnable atFault;

  Wire(VirtualScheduler time, Activity activity) {
    this.time = time;
    this.activity = activity;
  }

  void attach(ModelGateway g) {
    this.gateway = g;
  }

  VirtualScheduler time() {
    return time;
  }

  Activity activity() {
    return activity;
  }

  // ---------------------------------------------------------------- the fault plan

  /**
   * Counts boundaries from now on; the {@code k}-th gets {@code f} (none if null), once, and then
   * {@code then} runs while the session's callbacks are held back until {@link Activity#release}.
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
    activity.bump();
  }

  synchronized boolean isEmpty() {
    return queue.isEmpty() && held.isEmpty();
  }

  /** Holds a message of an interrupted connection until it resumes. */
  private synchronized void hold(Message m) {
    held.computeIfAbsent(m.conn(), c -> new ArrayList<>()).add(m);
  }

  /** The connection resumed: what it held crosses first, in order. */
  private void release(FaultyTransport c) {
    synchronized (this) {
      List<Message> h = held.remove(c);
      if (h != null) {
        for (int i = h.size() - 1; i >= 0; i--) {
          queue.addFirst(h.get(i));
        }
      }
    }
    activity.bump();
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
      if (m.conn().isInterrupted()) {
        held.computeIfAbsent(m.conn(), x -> new ArrayList<>()).add(m); // crosses after the resume
        return true;
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
          fault = null;
        }
      }
    }
    activity.bump();
    if (then != null) {
      activity.hold(); // close() at k runs before the session acts on message k
    }
    apply(m, f, permanent);
    if (then != null) {
      then.run();
    }
    return true;
  }

  private void apply(Message m, @Nullable Fault f, boolean permanent) {
    ModelGateway gateway = this.gateway;
    if (gateway == null) {
      throw new IllegalStateException("no gateway attached to the wire");
    }
    FaultyTransport c = m.conn;
    if (f == Fault.INTERRUPT_RESUME || f == Fault.INTERRUPT_LOST) {
      c.interrupt();
      hold(m);
      boolean resumes = f == Fault.INTERRUPT_RESUME;
      time.schedule(
          INTERRUPTION,
          () -> {
            if (!resumes) {
              c.lose(new ConnectionLostException("resume refused: the gateway's window passed"));
            } else if (c.resume()) {
              release(c);
            }
            activity.bump();
          });
      return;
    }
    if (f == Fault.RESET) {
      c.lose(new ConnectionLostException("connection reset by peer"));
      return;
    }
    if (f == Fault.CLOSE_WITH_ERROR) {
      c.lose(new ConnectionLostException("server closed the connection: Error: hub failure"));
      return;
    }
    switch (m.kind) {
      case CONNECT -> {
        if (f == Fault.ERROR_ANSWER) {
          c.lose(new ConnectionLostException("handshake refused: unsupported protocol"));
        } else if (f != Fault.NO_ANSWER) {
          c.accepted();
        }
      }
      case REQUEST -> {
        CstaRequest<?> q = m.request;
        if (q == null) {
          throw new IllegalStateException("a request message without its request: " + m.key);
        }
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
      }
      case ANSWER -> {
        Object body = m.body;
        if (body == null) {
          throw new IllegalStateException("an answer without a body: " + m.key);
        }
        String snapshot = m.request instanceof SnapshotDevice s ? s.snapshotObject().value() : null;
        if (f == Fault.MALFORMED) {
          c.malformed(m.name());
        } else if (f == Fault.CLEAN_CLOSE) {
          // the close arrives right behind the answer: before the session has acted on it
          c.answerThen(m.key, body, snapshot, () -> c.lose(closed()));
        } else if (f == Fault.SESSION_TERMINATED) {
          CstaEvent t = gateway.end(c, SessionTermReasonValue.RESOURCE_LIMITATION);
          c.answerThen(m.key, body, snapshot, () -> c.deliver(t));
        } else if (f != Fault.NO_ANSWER) {
          c.answer(m.key, body, snapshot);
        }
      }
      case EVENT -> {
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
    held.remove(c);
  }
}
