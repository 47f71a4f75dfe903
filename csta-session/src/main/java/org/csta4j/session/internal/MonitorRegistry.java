package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;

/**
 * The session's monitor handles, one per device, in the order they were asked for. Claiming a
 * device is atomic: two threads that ask for the same device at once get the same handle and the
 * same start, so the gateway gets one MonitorStart. Handle states change on the engine lane only
 * (see {@link MonitorHandle}); this class only says which handles exist.
 */
@SessionScope
final class MonitorRegistry {
  /** The handle of a device and what a caller of {@code monitor(device)} waits for. */
  record Claim(MonitorHandle handle, CompletableFuture<Monitor> started, boolean mustStart) {}

  private static final class Entry {
    final MonitorHandle handle;
    CompletableFuture<Monitor> started = new CompletableFuture<>();
    boolean everStarted;

    Entry(MonitorHandle handle) {
      this.handle = handle;
    }
  }

  // guarded by this
  private final Map<String, Entry> byDevice = new LinkedHashMap<>();

  @Inject
  MonitorRegistry() {}

  /**
   * The handle of {@code device}, made by {@code make} if there is none. {@code mustStart} tells
   * the one caller that has to send MonitorStart: for a new handle, and for one the gateway refused
   * to restore ({@link MonitorState#LOST}), which asking again starts anew. Everyone else gets the
   * same future.
   */
  synchronized Claim claim(String device, Function<String, MonitorHandle> make) {
    Entry e = byDevice.get(device);
    if (e == null) {
      e = new Entry(make.apply(device));
      byDevice.put(device, e);
      return new Claim(e.handle, e.started, true);
    }
    if (e.handle.state() == MonitorState.LOST && e.started.isDone()) {
      e.started = new CompletableFuture<>();
      return new Claim(e.handle, e.started, true);
    }
    return new Claim(e.handle, e.started, false);
  }

  /** The gateway answered the first MonitorStart of {@code handle}: it is visible from now on. */
  synchronized void started(MonitorHandle handle) {
    Entry e = byDevice.get(handle.device());
    if (e != null && e.handle == handle) {
      e.everStarted = true;
    }
  }

  /**
   * A start failed: a handle that never started is forgotten (asking again makes a new one); one
   * that was LOST stays so.
   */
  synchronized void startFailed(MonitorHandle handle) {
    Entry e = byDevice.get(handle.device());
    if (e != null && e.handle == handle && !e.everStarted) {
      byDevice.remove(handle.device());
    }
  }

  /** Forgets a stopped handle. */
  synchronized void remove(MonitorHandle handle) {
    Entry e = byDevice.get(handle.device());
    if (e != null && e.handle == handle) {
      byDevice.remove(handle.device());
    }
  }

  /** Every handle that started once and is not stopped, in order. */
  synchronized List<MonitorHandle> handles() {
    List<MonitorHandle> all = new ArrayList<>();
    for (Entry e : byDevice.values()) {
      if (e.everStarted && e.handle.state() != MonitorState.STOPPED) {
        all.add(e.handle);
      }
    }
    return all;
  }

  /** The handles in {@code state}, in order. */
  List<MonitorHandle> inState(MonitorState state) {
    List<MonitorHandle> some = new ArrayList<>();
    for (MonitorHandle h : handles()) {
      if (h.state() == state) {
        some.add(h);
      }
    }
    return some;
  }

  /** Every handle, started or still starting; for close. */
  synchronized List<MonitorHandle> everyHandle() {
    List<MonitorHandle> all = new ArrayList<>();
    for (Entry e : byDevice.values()) {
      all.add(e.handle);
    }
    return all;
  }
}
