package org.csta4j.model.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon thread factories with readable names, shared by every module: a library's threads must
 * never keep an application's JVM alive, and a thread dump must say whose each thread is.
 */
public final class Threads {
  private Threads() {}

  /** A factory of daemon threads named {@code prefix} followed by 1, 2, 3 and so on. */
  public static ThreadFactory numbered(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> daemon(r, prefix + n.incrementAndGet());
  }

  /** A factory of daemon threads that all carry {@code name}, for single-thread executors. */
  public static ThreadFactory named(String name) {
    return r -> daemon(r, name);
  }

  /** A new, unstarted daemon thread. */
  public static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
