package org.csta4j.simulator;

import java.util.List;
import java.util.Optional;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.LocalConnectionState;

/**
 * Drives the simulated PBX from a test, as people at the phones would: calls arrive, phones are
 * answered and hung up. Every action produces the events a monitored device sees. Devices are given
 * as extension numbers ({@code "100"}) or in uni-tel's {@code u-<trunk>-<device>} form. Methods are
 * thread-safe; errors are {@link IllegalArgumentException} naming the problem.
 */
public interface SimulatedPbx {
  /** What an external number (one that is not a configured device) does when it is called. */
  enum ExternalBehaviour {
    /** Rings, then answers after the auto-answer delay (never if that delay is zero). */
    ANSWER,
    /** Is busy: the call fails at once with cause {@code busy}. */
    BUSY,
    /** Rings until the call is cleared, deflected or answered by a script. */
    NO_ANSWER
  }

  /**
   * A call from {@code from} (a device or an outside number) to {@code to}; returns its call id.
   */
  String incomingCall(String from, String to);

  /** Answers the call alerting at the device. */
  void answer(String device);

  /** Clears every connection of the device. */
  void hangUp(String device);

  /** Sets what an outside number does when called (default: answers). */
  void setExternalBehaviour(String number, ExternalBehaviour behaviour);

  /** Turns a device's auto-answer on or off (default: on, after the configured delay). */
  void setAutoAnswer(String device, boolean on);

  /** The device's current connections. */
  List<ConnectionId> connections(String device);

  /** A connection's state, empty once it is gone. */
  Optional<LocalConnectionState> state(ConnectionId connection);

  /** Calls in progress. */
  int activeCallCount();
}
