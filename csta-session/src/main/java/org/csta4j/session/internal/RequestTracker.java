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
      if (notifier.requestsHeard()) {
        notifier.requestCompleted(methodName(request), Duration.ZERO, refused);
      }
      result.completeExceptionally(refused);
      return result;
    }
    pending.add(result);
    // measured only for a listener that wants it: otherwise one volatile read, nothing allocated
    boolean heard = notifier.requestsHeard();
    long sentAt = heard ? System.nanoTime() : 0L;
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
          if (heard) {
            notifier.requestCompleted(
                methodName(request), Duration.ofNanos(System.nanoTime() - sentAt), failure);
          }
          complete(result, r, failure);
        });
    return result;
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
