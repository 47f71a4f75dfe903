package org.csta4j.model.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** How every module unwraps and describes a failure. */
public final class Failures {
  private Failures() {}

  /** The failure itself, without the wrappers that futures put around it. */
  public static Throwable unwrap(Throwable t) {
    Throwable x = t;
    while ((x instanceof CompletionException || x instanceof ExecutionException)
        && x.getCause() != null) {
      x = x.getCause();
    }
    return x;
  }

  /** The failure's message, or its simple class name when it has none. */
  public static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
