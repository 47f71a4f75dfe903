package org.csta4j.session;

/** A listener registration; {@link #close()} removes the listener. Closing twice is harmless. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
  /** Removes the listener; events already being delivered to it may still arrive. */
  @Override
  void close();
}
