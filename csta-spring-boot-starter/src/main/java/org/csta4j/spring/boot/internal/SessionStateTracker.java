package org.csta4j.spring.boot.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;

/**
 * The last state of the managed session, since when, and why, as the health indicator reads it.
 * Added to the client as a listener, so it hears every change of every session the client makes
 * (the starter makes one at a time); the failure of a first connect is told by {@link
 * #connectFailed}. Thread-safe.
 */
public final class SessionStateTracker implements SessionListener {
  /**
   * A state, when it began, and its cause.
   *
   * @param state the session's state
   * @param sinceNanos when it began, on the tracker's {@link #nanoTime()}
   * @param reason the loss or failure that led to it, in words without secrets; null if none
   */
  public record Snapshot(SessionState state, long sinceNanos, @Nullable String reason) {}

  private final LongSupplier nanoTime;
  private volatile @Nullable Snapshot last;

  /** A tracker on {@link System#nanoTime()}. */
  public SessionStateTracker() {
    this(System::nanoTime);
  }

  /**
   * A tracker on a clock of one's own.
   *
   * @param nanoTime a monotonic time in nanoseconds
   */
  public SessionStateTracker(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  @Override
  public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
    last = new Snapshot(to, nanoTime.getAsLong(), cause == null ? null : describe(cause));
  }

  /**
   * The session could not be connected at all: the state is {@link SessionState#CLOSED}, for this
   * reason.
   *
   * @param cause what the connect failed with
   */
  public void connectFailed(Throwable cause) {
    last = new Snapshot(SessionState.CLOSED, nanoTime.getAsLong(), describe(cause));
  }

  /** {@return the last state seen; null before any session was connected} */
  public @Nullable Snapshot snapshot() {
    return last;
  }

  /** {@return the time now, on the clock of {@link Snapshot#sinceNanos()}} */
  public long nanoTime() {
    return nanoTime.getAsLong();
  }

  /**
   * {@return the failure in words: the message of the first cause that is not a wrapper, or its
   * class name if it has none} csta4j's messages never hold a password.
   *
   * @param failure what failed
   */
  public static String describe(Throwable failure) {
    Throwable t = unwrap(failure);
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
  }

  /**
   * {@return the cause inside the future's wrappers}
   *
   * @param failure a failure, maybe wrapped in {@link CompletionException} or {@link
   *     ExecutionException}
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
