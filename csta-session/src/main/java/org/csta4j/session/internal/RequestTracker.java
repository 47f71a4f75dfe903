package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.csta4j.json.CstaMessageRegistry;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.internal.Failures;
import org.csta4j.transport.RequestOptions;
import org.jspecify.annotations.Nullable;

/**
 * The requests of a session: each gets its own {@code requestId}; the application's ones are
 * tracked until they complete, complete on the application's executor, and fail all at once when
 * the session closes. The session's own housekeeping (login, keepalive, restore) goes through
 * {@link #internal}, untracked: it is bounded by its timeout and by the loss of its connection.
 */
// futures are kept by identity, which is CompletableFuture's equality: the check's doubt is moot
@SuppressWarnings("CollectionUndefinedEquality")
@SessionScope
final class RequestTracker {
  private static final AtomicInteger SESSIONS = new AtomicInteger();

  private final String prefix = "csta4j-" + SESSIONS.incrementAndGet() + "-";
  private final AtomicLong seq = new AtomicLong();
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
  private final Executor executor;
  private final CstaMessageRegistry names;
  private final Notifier notifier;

  @Inject
  RequestTracker(SessionConfig config, Notifier notifier) {
    this.executor = config.executor();
    this.names = config.codec().registry();
    this.notifier = notifier;
  }

  /** A housekeeping request on {@code c}; its stages run on the transport's callback lane. */
  <R extends CstaResponse> CompletableFuture<R> internal(
      Connection c, CstaRequest<R> request, Duration timeout) {
    RequestOptions options = RequestOptions.of(timeout, prefix + seq.incrementAndGet());
    return c.transport().send(request, options).toCompletableFuture();
  }

  /**
   * An application's request: sent on {@code c}, or refused with {@code refusal} when there is no
   * connection to send it on. Completes on the application's executor.
   */
  <R extends CstaResponse> CompletableFuture<R> send(
      @Nullable Connection c,
      CstaRequest<R> request,
      Duration timeout,
      Supplier<? extends RuntimeException> refusal) {
    CompletableFuture<R> result = new CompletableFuture<>();
    if (c == null) {
      RuntimeException refused = refusal.get();
      timing(request).refused(refused);
      result.completeExceptionally(refused);
      return result;
    }
    pending.add(result);
    Timing timing = timing(request);
    CompletableFuture<R> sent;
    try {
      sent = internal(c, request, timeout);
    } catch (IllegalArgumentException e) {
      pending.remove(result);
      result.completeExceptionally(e);
      return result;
    }
    Stages.whenDone(
        sent,
        (r, error) -> {
          pending.remove(result);
          Throwable failure = error == null ? null : Failures.unwrap(error);
          timing.done(failure);
          complete(result, r, failure);
        });
    return result;
  }

  /**
   * Starts timing a request of the application that {@link #send} does not send (the MonitorStart
   * of {@code monitor(...)}), for {@link org.csta4j.session.SessionListener#onRequestCompleted}.
   *
   * @param service the hub method, as the codec's registry names it
   */
  Timing timing(String service) {
    return notifier.requestsHeard() ? new Timing(notifier, service) : Timing.NONE;
  }

  // measured only for a listener that wants it: otherwise one volatile read, nothing allocated
  private Timing timing(CstaRequest<?> request) {
    return notifier.requestsHeard() ? new Timing(notifier, methodName(request)) : Timing.NONE;
  }

  /**
   * One request of the application as {@link org.csta4j.session.SessionListener#onRequestCompleted}
   * hears it: from sending (this object's making) to {@link #done}, or not sent at all ({@link
   * #refused}). Each is called once, from any thread; {@link #NONE} reports nothing.
   */
  static final class Timing {
    static final Timing NONE = new Timing(null, "");

    private final @Nullable Notifier notifier;
    private final String service;
    private final long sentAt;

    private Timing(@Nullable Notifier notifier, String service) {
      this.notifier = notifier;
      this.service = service;
      this.sentAt = notifier == null ? 0L : System.nanoTime();
    }

    /** Answered, or failed after it was sent ({@code failure} unwrapped, null if positive). */
    void done(@Nullable Throwable failure) {
      if (notifier != null) {
        notifier.requestCompleted(service, Duration.ofNanos(System.nanoTime() - sentAt), failure);
      }
    }

    /** Refused by the session without being sent: no time. */
    void refused(Throwable why) {
      if (notifier != null) {
        notifier.requestCompleted(service, Duration.ZERO, why);
      }
    }
  }

  /** Tracks a future the application waits for, so that close fails it too. */
  void track(CompletableFuture<?> f) {
    pending.add(f);
  }

  void untrack(CompletableFuture<?> f) {
    pending.remove(f);
  }

  /** Fails every tracked request, at once; for close. */
  void failAll(Supplier<? extends Throwable> why) {
    for (CompletableFuture<?> f : List.copyOf(pending)) {
      pending.remove(f);
      complete(f, null, why.get());
    }
  }

  /** Requests of the application not yet completed. */
  int pending() {
    return pending.size();
  }

  /** Completes a future on the application's executor, never on a transport thread. */
  @SuppressWarnings("unchecked")
  <T> void complete(CompletableFuture<T> f, @Nullable Object value, @Nullable Throwable error) {
    Runnable complete =
        () -> {
          if (error != null) {
            f.completeExceptionally(error);
          } else {
            f.complete((T) value);
          }
        };
    try {
      executor.execute(complete);
    } catch (RejectedExecutionException e) {
      complete.run();
    }
  }

  /** The hub method of a request, by the codec's registry (the one table of names). */
  String methodName(CstaRequest<?> request) {
    try {
      return names.methodName(request);
    } catch (IllegalArgumentException notModelled) {
      return request.getClass().getSimpleName(); // a request type of the application's own
    }
  }
}
