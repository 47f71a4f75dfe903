package org.csta4j.session.internal;

import java.util.Objects;
import java.util.function.Consumer;

/** A listener for one event type (and its subtypes), run through the session's fault reporting. */
final class TypedListener<E> {
  private final Class<E> type;
  private final Consumer<? super E> listener;
  private final Notifier notifier;
  private final String what;

  TypedListener(Class<E> type, Consumer<? super E> listener, Notifier notifier, String what) {
    this.type = Objects.requireNonNull(type, "type");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.notifier = notifier;
    this.what = what;
  }

  /** Calls the listener if the event is of its type. */
  void offer(Object event) {
    if (type.isInstance(event)) {
      E e = type.cast(event);
      notifier.invoke(what, () -> listener.accept(e));
    }
  }
}
