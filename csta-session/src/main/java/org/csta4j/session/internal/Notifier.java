package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.csta4j.session.Gap;
import org.csta4j.session.Registration;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the session tells the application: state changes, gaps and faults to {@link
 * SessionListener}s, in one order on the {@link Dispatcher}; and the guard around every call of
 * application code (a listener that throws or is slow is reported, never fatal).
 */
@SessionScope
final class Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final String name;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final long slowNanos;
  private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
  // whether a listener overrides onRequestCompleted: the one read a request pays when none does
  private volatile boolean requestsHeard;

  @Inject
  Notifier(SessionConfig config, Dispatcher dispatcher) {
    this.name = config.name();
    this.dispatcher = dispatcher;
    this.clock = config.clock();
    this.slowNanos = config.slowListenerThreshold().toNanos();
    this.listeners.addAll(config.listeners());
    this.requestsHeard = listeners.stream().anyMatch(Notifier::hearsRequests);
  }

  Registration add(SessionListener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (listeners) {
      listeners.add(listener);
      requestsHeard |= hearsRequests(listener);
    }
    return () -> {
      synchronized (listeners) {
        if (listeners.remove(listener)) {
          requestsHeard = listeners.stream().anyMatch(Notifier::hearsRequests);
        }
      }
    };
  }

  /** Whether a listener wants {@link #requestCompleted}: a volatile read, for every request. */
  boolean requestsHeard() {
    return requestsHeard;
  }

  /**
   * Whether {@code l} overrides {@link SessionListener#onRequestCompleted} (its own or inherited).
   */
  static boolean hearsRequests(SessionListener l) {
    try {
      return l.getClass()
              .getMethod("onRequestCompleted", String.class, Duration.class, Throwable.class)
              .getDeclaringClass()
          != SessionListener.class;
    } catch (NoSuchMethodException | SecurityException e) {
      return true; // cannot tell: tell it
    }
  }

  void stateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
    LOG.debug("{}: {} -> {}", name, from, to);
    dispatcher.control(() -> each(l -> l.onStateChanged(from, to, cause)));
  }

  void gap(Gap gap) {
    dispatcher.control(() -> each(l -> l.onGap(gap)));
  }

  void interrupted(Throwable cause) {
    LOG.info("{}: connection interrupted, resuming: {}", name, cause.getMessage());
    dispatcher.control(() -> each(l -> l.onInterrupted(cause)));
  }

  void resumed(Duration interrupted) {
    LOG.info("{}: connection resumed after {}, nothing lost", name, interrupted);
    dispatcher.control(() -> each(l -> l.onResumed(interrupted)));
  }

  void restored(Duration took) {
    dispatcher.control(() -> each(l -> l.onRestored(took)));
  }

  /** A request of the application completed; only called while {@link #requestsHeard()}. */
  void requestCompleted(String service, Duration took, @Nullable Throwable failure) {
    dispatcher.control(() -> each(l -> l.onRequestCompleted(service, took, failure)));
  }

  /** Reports a fault to session listeners, on the dispatcher. */
  void fault(SessionFault.Kind kind, String message, @Nullable Throwable cause) {
    SessionFault f =
        SessionFault.builder()
            .kind(kind)
            .message(message)
            .cause(Optional.ofNullable(cause))
            .at(clock.instant())
            .build();
    if (kind == SessionFault.Kind.LISTENER_FAILED) {
      LOG.warn("{}: {}", name, message, cause);
    } else {
      LOG.info("{}: {}: {}", name, kind, message);
    }
    dispatcher.control(() -> each(l -> l.onFault(f)));
  }

  /** Runs application code on the dispatcher, reporting what it throws and when it is slow. */
  void invoke(String what, Runnable listener) {
    long t0 = System.nanoTime();
    try {
      listener.run();
    } catch (RuntimeException e) {
      fault(SessionFault.Kind.LISTENER_FAILED, "a " + what + " threw " + e, e);
    }
    long took = System.nanoTime() - t0;
    if (took > slowNanos) {
      fault(
          SessionFault.Kind.SLOW_LISTENER,
          "a "
              + what
              + " took "
              + TimeUnit.NANOSECONDS.toMillis(took)
              + " ms; events wait behind it",
          null);
    }
  }

  private void each(Consumer<SessionListener> call) {
    for (SessionListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("{}: a session listener threw", name, e);
      }
    }
  }
}
