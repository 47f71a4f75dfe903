package org.csta4j.session.internal;

import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the engine reacts to a stage it does not hand on: the reaction's own failure is logged. */
final class Stages {
  private static final Logger LOG = LoggerFactory.getLogger(Stages.class);

  private Stages() {}

  /**
   * Runs {@code then} with the outcome of {@code stage} (a value, or the failure). Where {@code
   * whenComplete} would leave a throwing reaction in a future nobody reads, this logs it.
   */
  // the stage of handle(...) below always completes normally: nothing to read in it
  @SuppressWarnings("FutureReturnValueIgnored")
  static <T> void whenDone(
      CompletionStage<T> stage, BiConsumer<? super @Nullable T, ? super @Nullable Throwable> then) {
    stage.handle(
        (value, error) -> {
          try {
            then.accept(value, error);
          } catch (RuntimeException | Error e) {
            LOG.error("a session reaction to a completed request failed", e);
          }
          return null;
        });
  }
}
