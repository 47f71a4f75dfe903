package org.csta4j.simulator;

import java.util.List;
import java.util.Optional;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.LocalConnectionState;

/**
 * Drives the simulated PBX from a test, as people at the phones would: calls arrive, phones are
 * answered and hung up. Every action produces the events a monitored device sees, before the method
 * returns. Devices are given as extension numbers ({@code "100"}) or in uni-tel's {@code
 * u-<trunk>-<device>} form. Methods are thread-safe; errors are {@link IllegalArgumentException}
 * naming the problem, and a refused action changes nothing.
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
   * A call from {@code from} to {@code to}; the called party is alerted (or fails, or is forwarded)
   * before this returns.
   *
   * @param from a configured device or an outside number
   * @param to a configured device or an outside number, not {@code from}
   * @return the new call's id
   * @throws IllegalArgumentException for a blank number, a {@code u-} form of another trunk, or a
   *     call to itself
   */
  String incomingCall(String from, String to);

  /**
   * Answers the oldest call alerting at the device.
   *
   * @param device a configured device or an outside number
   * @throws IllegalArgumentException if nothing is alerting there
   */
  void answer(String device);

  /**
   * Clears every connection of the device; does nothing if it has none.
   *
   * @param device a configured device or an outside number
   */
  void hangUp(String device);

  /**
   * Sets what an outside number does when called from now on (default: answers).
   *
   * @param number an outside number, not a configured device
   * @param behaviour what it does
   * @throws IllegalArgumentException if {@code number} is a configured device
   */
  void setExternalBehaviour(String number, ExternalBehaviour behaviour);

  /**
   * Turns a device's auto-answer on or off (default: on, after the configured delay); a device
   * already ringing when it is switched off keeps ringing.
   *
   * @param device a configured device
   * @param on whether it answers by itself
   * @throws IllegalArgumentException if {@code device} is not configured
   */
  void setAutoAnswer(String device, boolean on);

  /**
   * {@return the device's current connections, oldest call first (an immutable copy)}
   *
   * @param device a configured device or an outside number
   */
  List<ConnectionId> connections(String device);

  /**
   * {@return a connection's state, empty once it is gone}
   *
   * @param connection a connection with both call id and device id; empty for any other
   */
  Optional<LocalConnectionState> state(ConnectionId connection);

  /** {@return how many calls are in progress (ringing, failed, connected or held alike)} */
  int activeCallCount();
}
