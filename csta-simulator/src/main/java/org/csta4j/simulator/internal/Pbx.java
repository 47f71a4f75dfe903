package org.csta4j.simulator.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.ForwardListItem;
import org.csta4j.model.ForwardingType;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.OperationError;
import org.csta4j.model.SnapshotCallResponse;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.simulator.SimulatedPbx.ExternalBehaviour;
import org.jspecify.annotations.Nullable;

/**
 * The simulated PBX: configured devices, calls and their connections, and the ECMA-269 event
 * sequences of the services it accepts, reported through a {@link PbxListener}. No networking. Each
 * service area has its own class ({@link CallControl}, {@link Features}, {@link Snapshots}, {@link
 * Scripting}) over the one shared {@link PbxState} and {@link CallFlow}; this class is their one
 * lock.
 *
 * <p>Thread-safe: every method holds the one lock of this object, and events are reported while it
 * is held. Devices are extension numbers such as {@code "100"}, also addressed as {@code
 * "u-<trunk>-100"}; any other number is an external party. Events, connections and snapshots name
 * devices by their plain number. A refused request throws {@link CstaServiceException} and changes
 * nothing.
 */
final class Pbx {
  private final PbxState state;
  private final CallControl calls;
  private final Features features;
  private final Snapshots snapshots;
  private final Scripting scripting;

  /**
   * A PBX for {@code devices} on {@code trunk}. Ringing devices and externals answer after {@code
   * autoAnswerDelay}, timed by {@code scheduler}; a zero or negative delay means nothing answers by
   * itself.
   */
  Pbx(
      int trunk,
      Set<String> devices,
      Duration autoAnswerDelay,
      ScheduledExecutorService scheduler,
      PbxListener listener) {
    this.state = new PbxState(trunk, devices, listener);
    CallFlow flow = new CallFlow(state, autoAnswerDelay, scheduler, this);
    this.calls = new CallControl(state, flow);
    this.features = new Features(state);
    this.snapshots = new Snapshots(state);
    this.scripting = new Scripting(state, flow);
  }

  // ---------------------------------------------------------------- devices

  /**
   * The plain number of {@code device}: {@code "u-<trunk>-100"} becomes {@code "100"}, any other
   * number is returned stripped. Throws {@code invalidDeviceID} for a blank string or a {@code u-}
   * form that is not a configured device of this trunk.
   */
  synchronized String normalize(String device) {
    return state.norm(device, OperationError.INVALID_DEVICE_ID);
  }

  /** Whether {@code device} (in either form) is a configured device; never throws. */
  synchronized boolean isDevice(String device) {
    return state.isDevice(device);
  }

  /** How many devices are configured. */
  int deviceCount() {
    return state.devices.size();
  }

  // ---------------------------------------------------------------- call control

  /**
   * Calls {@code called} from the configured device {@code calling}; returns the calling device's
   * connection. The called party is alerted, fails or is diverted before this returns.
   */
  synchronized ConnectionId makeCall(String calling, String called) {
    return calls.makeCall(calling, called);
  }

  /**
   * Clears one connection. In a call of two parties this clears the whole call (both connections,
   * then CallCleared); with more parties only this connection leaves.
   */
  synchronized void clearConnection(ConnectionId connection) {
    calls.clearConnection(connection);
  }

  /** Clears every connection of the call, then the call; {@code call} may give only a call id. */
  synchronized void clearCall(ConnectionId call) {
    calls.clearCall(call);
  }

  /** Answers an alerting connection of a configured device. */
  synchronized void answerCall(ConnectionId alerting) {
    calls.answerCall(alerting);
  }

  /** Puts a connected connection of a configured device on hold. */
  synchronized void holdCall(ConnectionId active) {
    calls.holdCall(active);
  }

  /** Takes a held connection of a configured device off hold. */
  synchronized void retrieveCall(ConnectionId held) {
    calls.retrieveCall(held);
  }

  /**
   * Holds {@code existing} and calls {@code consulted} from the same device; returns the consulting
   * device's connection in the new call.
   */
  synchronized ConnectionId consultationCall(ConnectionId existing, String consulted) {
    return calls.consultationCall(existing, consulted);
  }

  /**
   * Joins the other parties of the held call and of the active call, both at the same device, into
   * the held call; the transferring device drops out. Returns the connection, in the resulting
   * call, of the first remaining party of the held call.
   */
  synchronized ConnectionId transferCall(ConnectionId held, ConnectionId active) {
    return calls.transferCall(held, active);
  }

  /**
   * Transfers the call of a connected connection to {@code to} in one step: the transferring device
   * drops out and {@code to} is alerted in the same call. Returns the connection of the first
   * remaining party.
   */
  synchronized ConnectionId singleStepTransferCall(ConnectionId active, String to) {
    return calls.singleStepTransferCall(active, to);
  }

  /** Diverts an alerting connection of a configured device to {@code to}. */
  synchronized void deflectCall(ConnectionId alerting, String to) {
    calls.deflectCall(alerting, to);
  }

  // ---------------------------------------------------------------- features

  /** Switches do-not-disturb of a configured device; the device sees a DoNotDisturbEvent. */
  synchronized void setDoNotDisturb(String device, boolean on) {
    features.setDoNotDisturb(device, on);
  }

  /** Whether do-not-disturb is on at a configured device. */
  synchronized boolean doNotDisturb(String device) {
    return features.doNotDisturb(device);
  }

  /**
   * Switches one kind of forwarding of a configured device; {@code to} is required to switch it on
   * and remembered when it is switched off. The device sees a ForwardingEvent.
   */
  synchronized void setForwarding(
      String device, ForwardingType type, boolean on, @Nullable String to) {
    features.setForwarding(device, type, on, to);
  }

  /**
   * The forwarding settings of a configured device, one item per kind ever set (on or off), in
   * schema order.
   */
  synchronized List<ForwardListItem> forwarding(String device) {
    return features.forwarding(device);
  }

  // ---------------------------------------------------------------- snapshots

  /**
   * The calls at a configured device: its connection, the first other party and the compound call
   * state (its own connection's state first, then the others' in the order they joined).
   */
  synchronized SnapshotDeviceResponse snapshotDevice(String device) {
    return snapshots.snapshotDevice(device);
  }

  /** The parties of a call with their connection states, and its calling and called device. */
  synchronized SnapshotCallResponse snapshotCall(ConnectionId call) {
    return snapshots.snapshotCall(call);
  }

  // ---------------------------------------------------------------- scripting

  /**
   * {@code from} (an external number or a configured device) calls {@code to}; returns the call id.
   * A configured caller reports ServiceInitiated and Originated as with {@link #makeCall}.
   */
  synchronized String incomingCall(String from, String to) {
    return scripting.incomingCall(from, to);
  }

  /** Answers the oldest alerting connection of {@code device} (internal or external). */
  synchronized void answer(String device) {
    scripting.answer(device);
  }

  /**
   * Clears every connection of {@code device} (internal or external); does nothing if it has none.
   */
  synchronized void hangUp(String device) {
    scripting.hangUp(device);
  }

  /** Sets how the external number {@code number} reacts when called from now on. */
  synchronized void setExternalBehaviour(String number, ExternalBehaviour behaviour) {
    scripting.setExternalBehaviour(number, behaviour);
  }

  /**
   * Whether a configured device answers by itself after the auto-answer delay (the default); a
   * ringing timer that fires after it is switched off does nothing.
   */
  synchronized void setAutoAnswer(String device, boolean on) {
    scripting.setAutoAnswer(device, on);
  }

  /** The connections of {@code device} (internal or external), oldest call first. */
  synchronized List<ConnectionId> connections(String device) {
    return scripting.connections(device);
  }

  /** The state of a connection, empty if it does not exist (or lacks a call id or device id). */
  synchronized Optional<LocalConnectionState> state(ConnectionId connection) {
    return scripting.state(connection);
  }

  /** How many calls exist (ringing, failed, connected or held alike). */
  synchronized int activeCallCount() {
    return scripting.activeCallCount();
  }
}
