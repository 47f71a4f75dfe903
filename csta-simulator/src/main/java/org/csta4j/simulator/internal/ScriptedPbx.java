package org.csta4j.simulator.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.simulator.SimulatedPbx;

/** {@link SimulatedPbx} on the {@link Pbx}: a refused action becomes IllegalArgumentException. */
final class ScriptedPbx implements SimulatedPbx {
  private final Pbx pbx;

  ScriptedPbx(Pbx pbx) {
    this.pbx = pbx;
  }

  @Override
  public String incomingCall(String from, String to) {
    return call(() -> pbx.incomingCall(from, to));
  }

  @Override
  public void answer(String device) {
    run(() -> pbx.answer(device));
  }

  @Override
  public void hangUp(String device) {
    run(() -> pbx.hangUp(device));
  }

  @Override
  public void setExternalBehaviour(String number, ExternalBehaviour behaviour) {
    run(() -> pbx.setExternalBehaviour(number, behaviour));
  }

  @Override
  public void setAutoAnswer(String device, boolean on) {
    run(() -> pbx.setAutoAnswer(device, on));
  }

  @Override
  public List<ConnectionId> connections(String device) {
    return call(() -> pbx.connections(device));
  }

  @Override
  public Optional<LocalConnectionState> state(ConnectionId connection) {
    return call(() -> pbx.state(connection));
  }

  @Override
  public int activeCallCount() {
    return pbx.activeCallCount();
  }

  private static void run(Runnable action) {
    call(
        () -> {
          action.run();
          return true;
        });
  }

  private static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (CstaServiceException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
