package org.csta4j.transport.support;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks one at a time, in submission order, on any executor: how a transport keeps its
 * callbacks ordered and never concurrent while running them on the user's thread pool. A task that
 * throws is reported to the error handler and the next one runs. Thread-safe: tasks may be
 * submitted from any thread; each runs after everything submitted before it has finished.
 */
public final class SerialExecutor implements Executor {
  private final Executor delegate;
  private final Consumer<Throwable> onError;
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private boolean running;

  /**
   * A lane over this executor.
   *
   * @param delegate where the tasks run; it gets one drain task at a time
   * @param onError told of whatever a task throws, on the thread that ran it; it must not throw
   */
  public SerialExecutor(Executor delegate, Consumer<Throwable> onError) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.onError = Objects.requireNonNull(onError, "onError");
  }

  /**
   * Queues the task behind those submitted before it; it runs on the delegate executor.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the delegate rejects the drain task;
   *     the task stays queued and runs with the next one accepted
   */
  @Override
  public void execute(Runnable task) {
    Objects.requireNonNull(task, "task");
    synchronized (tasks) {
      tasks.addLast(task);
      if (running) {
        return;
      }
      running = true;
    }
    delegate.execute(this::drain);
  }

  /**
   * Runs the task on the calling thread when nothing else is running, else queues it behind the
   * running ones (which the thread already draining then runs). For a transport's own event thread:
   * no hand-off per event, and still one at a time, in order. Never call it from an I/O thread.
   *
   * @param task what to run
   */
  public void executeInline(Runnable task) {
    Objects.requireNonNull(task, "task");
    synchronized (tasks) {
      tasks.addLast(task);
      if (running) {
        return;
      }
      running = true;
    }
    drain();
  }

  private void drain() {
    while (true) {
      @Nullable Runnable next;
      synchronized (tasks) {
        next = tasks.pollFirst();
        if (next == null) {
          running = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException | Error e) {
        onError.accept(e);
      }
    }
  }
}
