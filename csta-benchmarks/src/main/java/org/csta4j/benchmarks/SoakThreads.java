package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The threads of a soak's JVM, against a baseline taken before any simulator or client ran.
 * RxJava's global schedulers, OkHttp's task runner and Okio's watchdog belong to those libraries,
 * live for the JVM (or a minute idle) and are the same for any user of the official SignalR client:
 * they are not counted against the client.
 */
final class SoakThreads {
  private final List<String> baseline;

  private SoakThreads(List<String> baseline) {
    this.baseline = baseline;
  }

  /** The baseline: the threads now, in a JVM that has run no client yet. */
  static SoakThreads baseline() {
    return new SoakThreads(names());
  }

  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      names.add(t.getName());
    }
    names.sort(null);
    return names;
  }

  static boolean isLibraryGlobal(String name) {
    return name.startsWith("Rx")
        || name.startsWith("OkHttp TaskRunner")
        || name.equals("Okio Watchdog");
  }

  private static boolean isJvm(String name) {
    return name.equals("main")
        || name.startsWith("Reference")
        || name.startsWith("Finalizer")
        || name.startsWith("Signal")
        || name.startsWith("Common-Cleaner")
        || name.startsWith("Notification")
        || name.startsWith("Attach");
  }

  int baselineCount() {
    return baseline.size();
  }

  /** The library-global threads alive now. */
  static int libraryGlobals() {
    return (int) names().stream().filter(SoakThreads::isLibraryGlobal).count();
  }

  private static final String TRANSPORT_PREFIX = "csta4j-signalr-";

  /** The transports whose threads are alive ({@code csta4j-signalr-N-...}), by instance number. */
  static Set<String> transportsAlive() {
    Set<String> alive = new TreeSet<>();
    for (String n : names()) {
      if (n.startsWith(TRANSPORT_PREFIX)) {
        String rest = n.substring(TRANSPORT_PREFIX.length());
        int dash = rest.indexOf('-');
        alive.add(dash < 0 ? rest : rest.substring(0, dash));
      }
    }
    return alive;
  }

  /**
   * The threads alive now beyond the baseline (each baseline name taken once), besides the
   * libraries' globals and the JVM's own; waits up to {@code max} for them to end.
   */
  List<String> beyondBaseline(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    List<String> extra = extra();
    while (!extra.isEmpty() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(200);
      extra = extra();
    }
    return extra;
  }

  private List<String> extra() {
    List<String> now = names();
    for (String b : baseline) {
      now.remove(b);
    }
    now.removeIf(n -> isLibraryGlobal(n) || isJvm(n));
    return now;
  }
}
