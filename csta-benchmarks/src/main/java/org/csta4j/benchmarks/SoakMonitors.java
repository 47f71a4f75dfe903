package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Monitor;
import org.csta4j.session.MonitorState;
import org.csta4j.session.Registration;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;

/**
 * The monitors of a soak's session against what the gateway holds: an ACTIVE handle must have a
 * monitor at the gateway under its cross reference id, all of them on one connection, and deliver
 * events; an ACTIVE session has no SUSPENDED handle.
 */
final class SoakMonitors {
  private SoakMonitors() {}

  private record Handle(String device, MonitorState state, String crossRefId) {}

  /**
   * One look at the handles and the gateway while the session stayed ACTIVE and reported no
   * transition.
   *
   * @param lost ACTIVE handles whose cross reference id the gateway does not hold
   * @param suspended SUSPENDED handles (in an ACTIVE session)
   * @param connection the gateway connection that holds the ACTIVE handles' monitors, if one does
   * @param orphans monitors on that connection that no handle holds
   * @param lostHandles devices whose handle is LOST
   */
  record Sample(
      List<String> lost,
      List<String> suspended,
      @Nullable String connection,
      Set<String> orphans,
      List<String> lostHandles) {
    boolean clean() {
      return lost.isEmpty() && suspended.isEmpty();
    }

    String describe() {
      return "ACTIVE without a gateway monitor " + lost + ", SUSPENDED while ACTIVE " + suspended;
    }
  }

  /** A sample, or null if the session was not ACTIVE or changed state while it was taken. */
  static @Nullable Sample sample(CstaSession session, SoakGateway gateway, SoakRecorder recorder) {
    int changes = recorder.changes();
    if (session.state() != SessionState.ACTIVE || recorder.lastState() != SessionState.ACTIVE) {
      return null;
    }
    List<Handle> before = handles(session);
    Map<String, Set<String>> held = gateway.sim().monitorIdsByConnection();
    List<Handle> after = handles(session);
    if (!before.equals(after)
        || recorder.changes() != changes
        || session.state() != SessionState.ACTIVE) {
      return null;
    }
    List<String> lost = new ArrayList<>();
    List<String> suspended = new ArrayList<>();
    List<String> lostHandles = new ArrayList<>();
    Set<String> connections = new TreeSet<>();
    Set<String> active = new TreeSet<>();
    for (Handle h : after) {
      switch (h.state) {
        case SUSPENDED -> suspended.add(h.device);
        case LOST -> lostHandles.add(h.device);
        case ACTIVE -> {
          active.add(h.crossRefId);
          String on = null;
          for (Map.Entry<String, Set<String>> e : held.entrySet()) {
            if (!h.crossRefId.isEmpty() && e.getValue().contains(h.crossRefId)) {
              on = e.getKey();
            }
          }
          if (on == null) {
            lost.add(h.device + "@" + h.crossRefId);
          } else {
            connections.add(on);
          }
        }
        case STOPPED -> {}
      }
    }
    String connection = null;
    if (connections.size() == 1) {
      connection = connections.iterator().next();
    } else if (connections.size() > 1) {
      lost.add("ACTIVE handles spread over gateway connections " + connections);
    }
    Set<String> orphans = new TreeSet<>();
    if (connection != null) {
      orphans.addAll(held.get(connection));
      orphans.removeAll(active);
    }
    return new Sample(lost, suspended, connection, orphans, lostHandles);
  }

  private static List<Handle> handles(CstaSession session) {
    List<Handle> all = new ArrayList<>();
    for (Monitor m : session.monitors()) {
      all.add(new Handle(m.device(), m.state(), m.crossRefId()));
    }
    return all;
  }

  /**
   * Asks again for every LOST device, as an application does after a gap names it; returns how many
   * came back ACTIVE.
   */
  static int restoreLost(CstaSession session, SoakRequests requests) throws InterruptedException {
    int back = 0;
    for (Monitor m : session.monitors()) {
      if (m.state() != MonitorState.LOST) {
        continue;
      }
      try {
        requests
            .track(session.monitor(m.device()))
            .get(SoakSetup.REQUEST_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
        back += m.state() == MonitorState.ACTIVE ? 1 : 0;
      } catch (ExecutionException | TimeoutException e) {
        // refused (an armed failure) or the session left ACTIVE: asked again next time
      }
    }
    return back;
  }

  /**
   * Rings every monitored device from {@link SoakGateway#CALLER} and returns the devices whose
   * monitor delivered no Delivered event within {@code timeout}; clears each call.
   */
  static List<String> undelivered(
      CstaSession session, SoakGateway gateway, SoakRequests requests, Duration timeout)
      throws InterruptedException {
    List<String> silent = new ArrayList<>();
    for (Monitor m : session.monitors()) {
      if (!delivers(session, m, gateway, requests, timeout)) {
        silent.add(m.device() + " (" + m.state() + ")");
      }
    }
    return silent;
  }

  /**
   * Rings {@code monitor}'s device from {@link SoakGateway#CALLER}: whether the monitor delivered a
   * Delivered event within {@code timeout}. Clears the call.
   */
  static boolean delivers(
      CstaSession session,
      Monitor monitor,
      SoakGateway gateway,
      SoakRequests requests,
      Duration timeout)
      throws InterruptedException {
    CompletableFuture<DeliveredEvent> seen = new CompletableFuture<>();
    Registration reg = monitor.on(DeliveredEvent.class, seen::complete);
    String call = gateway.sim().pbx().incomingCall(SoakGateway.CALLER, monitor.device());
    boolean delivered;
    try {
      seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      delivered = true;
    } catch (TimeoutException | ExecutionException e) {
      delivered = false;
    }
    reg.close();
    requests.watch(session.clearConnection(ConnectionId.of(call, SoakGateway.CALLER)));
    return delivered;
  }
}
