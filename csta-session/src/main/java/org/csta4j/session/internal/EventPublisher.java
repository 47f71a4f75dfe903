package org.csta4j.session.internal;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.csta4j.session.EventOverflowException;
import org.csta4j.transport.support.SerialExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Flow.Publisher} of a session's or a monitor's events. Each subscriber has its own
 * bounded buffer and its own serial lane on the session's executor, and gets items only as it
 * requests them. A subscriber whose buffer fills is ended with {@link EventOverflowException}; the
 * others go on.
 */
final class EventPublisher<T> implements Flow.Publisher<T> {
  private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

  private final String name;
  private final Executor executor;
  private final int buffer;
  private final Consumer<EventOverflowException> onOverflow;
  private final Set<Sub> subscriptions = new CopyOnWriteArraySet<>();
  private volatile boolean completed;

  EventPublisher(
      String name, Executor executor, int buffer, Consumer<EventOverflowException> onOverflow) {
    this.name = name;
    this.executor = executor;
    this.buffer = buffer;
    this.onOverflow = onOverflow;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Sub s = new Sub(subscriber);
    if (!completed) {
      subscriptions.add(s);
    }
    s.lane.execute(
        () -> {
          subscriber.onSubscribe(s);
          if (completed) {
            s.complete();
          }
        });
  }

  /** Whether anyone is subscribed (to skip the work when nobody is). */
  boolean hasSubscribers() {
    return !subscriptions.isEmpty();
  }

  void publish(T item) {
    for (Sub s : subscriptions) {
      s.offer(item);
    }
  }

  /** Ends every subscription normally (the session or monitor ended). */
  void complete() {
    completed = true;
    for (Sub s : subscriptions) {
      s.complete();
    }
    subscriptions.clear();
  }

  private final class Sub implements Flow.Subscription {
    final Flow.Subscriber<? super T> subscriber;
    final SerialExecutor lane;
    final ArrayDeque<T> items = new ArrayDeque<>();
    long demand;
    boolean cancelled;
    boolean done;
    @Nullable Throwable error;

    Sub(Flow.Subscriber<? super T> subscriber) {
      this.subscriber = subscriber;
      this.lane = new SerialExecutor(executor, e -> LOG.warn("a subscriber of {} threw", name, e));
    }

    @Override
    public void request(long n) {
      boolean invalid = n <= 0;
      synchronized (this) {
        if (cancelled) {
          return;
        }
        if (invalid) {
          // Reactive Streams rule 3.9
          cancelled = true;
          error = new IllegalArgumentException("request: must be positive but is " + n);
        } else {
          demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        }
      }
      if (invalid) {
        subscriptions.remove(this);
      }
      drain();
    }

    @Override
    public void cancel() {
      synchronized (this) {
        cancelled = true;
        items.clear();
      }
      subscriptions.remove(this);
    }

    void offer(T item) {
      EventOverflowException overflow = null;
      synchronized (this) {
        if (cancelled || done) {
          return;
        }
        if (items.size() - demand >= buffer) {
          // more than {@code buffer} events wait without demand: the subscriber fell behind
          cancelled = true;
          items.clear();
          overflow =
              new EventOverflowException(
                  "a subscriber of "
                      + name
                      + " fell "
                      + buffer
                      + " events behind; it was unsubscribed");
          error = overflow;
        } else {
          items.add(item);
        }
      }
      if (overflow != null) {
        subscriptions.remove(this);
        onOverflow.accept(overflow);
      }
      drain();
    }

    void complete() {
      synchronized (this) {
        done = true;
      }
      drain();
    }

    private void drain() {
      lane.execute(this::deliver);
    }

    /** On the lane: hands out what is requested, then the end if that was reached. */
    private void deliver() {
      while (true) {
        T next;
        Throwable failed;
        boolean finished;
        synchronized (this) {
          failed = error;
          if (failed != null) {
            error = null;
            done = true;
            items.clear();
          } else if (cancelled) {
            return;
          }
          next = failed == null && demand > 0 ? items.poll() : null;
          if (next != null) {
            demand--;
          }
          finished = failed == null && next == null && done && items.isEmpty() && !cancelled;
          if (finished) {
            cancelled = true; // terminal: nothing after onComplete
          }
        }
        if (failed != null) {
          subscriber.onError(failed);
          synchronized (this) {
            cancelled = true;
          }
          return;
        }
        if (finished) {
          subscriber.onComplete();
          return;
        }
        if (next == null) {
          return;
        }
        subscriber.onNext(next);
      }
    }
  }
}
