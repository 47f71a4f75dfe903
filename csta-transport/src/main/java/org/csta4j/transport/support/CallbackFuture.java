package org.csta4j.transport.support;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A future that may be completed on a transport's I/O thread without ever running user code there:
 * a caller blocked in {@code get()} or {@code join()} wakes at once, while every dependent stage,
 * async or not, runs on the callback executor. Stages derived from it are callback futures too.
 *
 * @param <T> the result type
 */
public final class CallbackFuture<T> extends CompletableFuture<T> {
  private final Executor executor;

  /**
   * An incomplete future.
   *
   * @param executor where every dependent stage runs; usually the transport's {@link
   *     SerialExecutor}
   */
  public CallbackFuture(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** {@return a new incomplete callback future on the same executor} */
  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new CallbackFuture<>(executor);
  }

  /** {@return the callback executor, where the {@code *Async} methods without one run} */
  @Override
  public Executor defaultExecutor() {
    return executor;
  }

  /** Like {@code thenApplyAsync} on the callback executor: never runs on the completing thread. */
  @Override
  public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
    return thenApplyAsync(fn, executor);
  }

  /** Like {@code thenAcceptAsync} on the callback executor: never runs on the completing thread. */
  @Override
  public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
    return thenAcceptAsync(action, executor);
  }

  /** Like {@code thenRunAsync} on the callback executor: never runs on the completing thread. */
  @Override
  public CompletableFuture<Void> thenRun(Runnable action) {
    return thenRunAsync(action, executor);
  }

  /**
   * Like {@code thenCombineAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public <U, V> CompletableFuture<V> thenCombine(
      CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
    return thenCombineAsync(other, fn, executor);
  }

  /**
   * Like {@code thenAcceptBothAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public <U> CompletableFuture<Void> thenAcceptBoth(
      CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
    return thenAcceptBothAsync(other, action, executor);
  }

  /**
   * Like {@code runAfterBothAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
    return runAfterBothAsync(other, action, executor);
  }

  /**
   * Like {@code applyToEitherAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public <U> CompletableFuture<U> applyToEither(
      CompletionStage<? extends T> other, Function<? super T, U> fn) {
    return applyToEitherAsync(other, fn, executor);
  }

  /**
   * Like {@code acceptEitherAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public CompletableFuture<Void> acceptEither(
      CompletionStage<? extends T> other, Consumer<? super T> action) {
    return acceptEitherAsync(other, action, executor);
  }

  /**
   * Like {@code runAfterEitherAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
    return runAfterEitherAsync(other, action, executor);
  }

  /**
   * Like {@code thenComposeAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public <U> CompletableFuture<U> thenCompose(
      Function<? super T, ? extends CompletionStage<U>> fn) {
    return thenComposeAsync(fn, executor);
  }

  /**
   * Like {@code whenCompleteAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
    return whenCompleteAsync(action, executor);
  }

  /** Like {@code handleAsync} on the callback executor: never runs on the completing thread. */
  @Override
  public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
    return handleAsync(fn, executor);
  }

  /**
   * Like {@code exceptionallyAsync} on the callback executor: never runs on the completing thread.
   */
  @Override
  public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
    return exceptionallyAsync(fn, executor);
  }

  /**
   * Like {@code exceptionallyComposeAsync} on the callback executor: never runs on the completing
   * thread.
   */
  @Override
  public CompletableFuture<T> exceptionallyCompose(
      Function<Throwable, ? extends CompletionStage<T>> fn) {
    return exceptionallyComposeAsync(fn, executor);
  }
}
