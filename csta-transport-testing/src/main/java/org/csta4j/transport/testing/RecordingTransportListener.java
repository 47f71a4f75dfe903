package org.csta4j.transport.testing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.csta4j.model.CstaEvent;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.TransportException;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.TransportState;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TransportListener} that records what a transport told it, for tests: wait for the next
 * event, state, loss or malformed-message report with the {@code await} methods, or look at
 * everything heard so far with the list methods. It also notes whether two callbacks ever
 * overlapped and which threads called it, so that a test can check the SPI's threading rules.
 *
 * <p>Thread-safe: the transport calls it on its threads while the test reads it on its own. Each
 * {@code await} method takes the next report of its kind that no earlier {@code await} took; the
 * list methods show every report, taken or not, in the order heard. An {@code await} that waits in
 * vain fails with an {@link AssertionError} naming what it waited for.
 */
public final class RecordingTransportListener implements TransportListener {
  private final BlockingQueue<CstaEvent> eventQueue = new LinkedBlockingQueue<>();
  private final BlockingQueue<TransportState> stateQueue = new LinkedBlockingQueue<>();
  private final BlockingQueue<ConnectionLostException> lossQueue = new LinkedBlockingQueue<>();
  private final BlockingQueue<Malformed> malformedQueue = new LinkedBlockingQueue<>();
  private final BlockingQueue<TransportException> interruptionQueue = new LinkedBlockingQueue<>();
  private final BlockingQueue<Call> resumeQueue = new LinkedBlockingQueue<>();
  private final List<TransportException> interruptions = new CopyOnWriteArrayList<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<CstaEvent> events = new CopyOnWriteArrayList<>();
  private final List<TransportState> states = new CopyOnWriteArrayList<>();
  private final List<ConnectionLostException> losses = new CopyOnWriteArrayList<>();
  private final List<Malformed> malformed = new CopyOnWriteArrayList<>();
  private final Set<String> callbackThreads = new ConcurrentSkipListSet<>();
  private final AtomicBoolean inCallback = new AtomicBoolean();
  private final AtomicBoolean overlapped = new AtomicBoolean();

  /** A listener that has heard nothing yet. */
  public RecordingTransportListener() {}

  /** Which callback the transport made; {@link #calls()} lists them in the order heard. */
  public enum Call {
    /** {@link TransportListener#onEvent}. */
    EVENT,
    /** {@link TransportListener#onStateChanged}. */
    STATE_CHANGED,
    /** {@link TransportListener#onConnectionLost}. */
    CONNECTION_LOST,
    /** {@link TransportListener#onMalformedMessage}. */
    MALFORMED_MESSAGE,
    /** {@link TransportListener#onInterrupted}. */
    INTERRUPTED,
    /** {@link TransportListener#onResumed}. */
    RESUMED
  }

  /**
   * A malformed-message report, as {@link TransportListener#onMalformedMessage} gave it. Immutable.
   */
  @Value.Immutable
  public abstract static class Malformed {
    Malformed() {}

    /**
     * {@return a report with these parts}
     *
     * @param name the message's hub target or kind
     * @param excerpt the start of the message
     * @param problem why it could not be decoded
     */
    public static Malformed of(String name, String excerpt, Exception problem) {
      return ImmutableMalformed.builder().name(name).excerpt(excerpt).problem(problem).build();
    }

    /** {@return the message's hub target or kind, e.g. {@code "DeliveredEvent"}} */
    public abstract String name();

    /** {@return the start of the message as the gateway sent it} */
    public abstract String excerpt();

    /** {@return why the message could not be decoded} */
    public abstract Exception problem();
  }

  // ------------------------------------------------------------------ the transport's side

  @Override
  public void onEvent(CstaEvent event) {
    enter();
    try {
      calls.add(Call.EVENT);
      events.add(event);
      eventQueue.add(event);
    } finally {
      exit();
    }
  }

  @Override
  public void onStateChanged(TransportState from, TransportState to) {
    enter();
    try {
      calls.add(Call.STATE_CHANGED);
      states.add(to);
      stateQueue.add(to);
    } finally {
      exit();
    }
  }

  @Override
  public void onConnectionLost(ConnectionLostException cause) {
    enter();
    try {
      calls.add(Call.CONNECTION_LOST);
      losses.add(cause);
      lossQueue.add(cause);
    } finally {
      exit();
    }
  }

  @Override
  public void onMalformedMessage(String name, String excerpt, Exception problem) {
    enter();
    try {
      calls.add(Call.MALFORMED_MESSAGE);
      Malformed m = Malformed.of(name, excerpt, problem);
      malformed.add(m);
      malformedQueue.add(m);
    } finally {
      exit();
    }
  }

  @Override
  public void onInterrupted(TransportException cause) {
    enter();
    try {
      calls.add(Call.INTERRUPTED);
      interruptions.add(cause);
      interruptionQueue.add(cause);
    } finally {
      exit();
    }
  }

  @Override
  public void onResumed() {
    enter();
    try {
      calls.add(Call.RESUMED);
      resumeQueue.add(Call.RESUMED);
    } finally {
      exit();
    }
  }

  private void enter() {
    if (!inCallback.compareAndSet(false, true)) {
      overlapped.set(true);
    }
    callbackThreads.add(Thread.currentThread().getName());
  }

  private void exit() {
    inCallback.set(false);
  }

  // ------------------------------------------------------------------ the test's side

  /**
   * {@return the next event not taken yet}
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none arrives in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public CstaEvent awaitEvent(Duration timeout) throws InterruptedException {
    return next(eventQueue, timeout, "event");
  }

  /**
   * {@return the next event of this type not taken yet} Events of other types before it are taken
   * and skipped (they stay in {@link #events()}).
   *
   * @param <E> the event type
   * @param type the event type, e.g. {@code DeliveredEvent.class}
   * @param timeout how long to wait for it, in all
   * @throws AssertionError if none arrives in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public <E extends CstaEvent> E awaitEvent(Class<E> type, Duration timeout)
      throws InterruptedException {
    return awaitEvent(type, e -> true, timeout);
  }

  /**
   * {@return the next event of this type that matches, not taken yet} Events before it that do not
   * match are taken and skipped (they stay in {@link #events()}).
   *
   * @param <E> the event type
   * @param type the event type, e.g. {@code EstablishedEvent.class}
   * @param matching what the event must satisfy
   * @param timeout how long to wait for it, in all
   * @throws AssertionError if none arrives in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public <E extends CstaEvent> E awaitEvent(
      Class<E> type, Predicate<? super E> matching, Duration timeout) throws InterruptedException {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(matching, "matching");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      CstaEvent e = eventQueue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) {
        throw new AssertionError(
            "no matching " + type.getSimpleName() + " arrived within " + timeout);
      }
      if (type.isInstance(e)) {
        E typed = type.cast(e);
        if (matching.test(typed)) {
          return typed;
        }
      }
    }
  }

  /**
   * {@return the state of the next transition not taken yet (the state moved to)}
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none happens in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public TransportState awaitState(Duration timeout) throws InterruptedException {
    return next(stateQueue, timeout, "state change");
  }

  /**
   * {@return the next loss not taken yet}
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none is reported in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public ConnectionLostException awaitLoss(Duration timeout) throws InterruptedException {
    return next(lossQueue, timeout, "connection loss");
  }

  /**
   * {@return the next malformed-message report not taken yet}
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none is reported in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public Malformed awaitMalformed(Duration timeout) throws InterruptedException {
    return next(malformedQueue, timeout, "malformed-message report");
  }

  /**
   * {@return the next interruption not taken yet: why the transport said the socket went}
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none is reported in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public TransportException awaitInterruption(Duration timeout) throws InterruptedException {
    return next(interruptionQueue, timeout, "interruption");
  }

  /**
   * Waits for the next resume not taken yet.
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none is reported in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void awaitResume(Duration timeout) throws InterruptedException {
    next(resumeQueue, timeout, "resume");
  }

  private static <T> T next(BlockingQueue<T> queue, Duration timeout, String what)
      throws InterruptedException {
    @Nullable T t = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (t == null) {
      throw new AssertionError("no " + what + " within " + timeout);
    }
    return t;
  }

  /** {@return every event heard so far, in arrival order; a snapshot} */
  public List<CstaEvent> events() {
    return List.copyOf(events);
  }

  /** {@return the state of every transition so far (the state moved to), in order; a snapshot} */
  public List<TransportState> states() {
    return List.copyOf(states);
  }

  /** {@return every loss reported so far, in order; a snapshot (the SPI allows one at most)} */
  public List<ConnectionLostException> losses() {
    return List.copyOf(losses);
  }

  /** {@return every malformed-message report so far, in order; a snapshot} */
  public List<Malformed> malformedMessages() {
    return List.copyOf(malformed);
  }

  /** {@return every interruption reported so far, in order; a snapshot} */
  public List<TransportException> interruptions() {
    return List.copyOf(interruptions);
  }

  /** {@return how many resumes were reported so far} */
  public int resumes() {
    return (int) calls.stream().filter(c -> c == Call.RESUMED).count();
  }

  /**
   * {@return every callback heard so far, in order; a snapshot} For checking the order of kinds,
   * e.g. that an {@link Call#INTERRUPTED} is followed by exactly one {@link Call#RESUMED} or {@link
   * Call#CONNECTION_LOST}.
   */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** {@return whether two callbacks ever ran at the same time, which the SPI forbids} */
  public boolean overlapped() {
    return overlapped.get();
  }

  /** {@return the names of the threads that called this listener so far; a snapshot} */
  public Set<String> callbackThreads() {
    return Set.copyOf(callbackThreads);
  }

  @Override
  public String toString() {
    return "RecordingTransportListener{events="
        + events.size()
        + ", states="
        + states
        + ", losses="
        + losses.size()
        + ", malformed="
        + malformed.size()
        + ", interruptions="
        + interruptions.size()
        + ", resumes="
        + resumes()
        + "}";
  }
}
