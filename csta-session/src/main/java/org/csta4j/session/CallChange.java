package org.csta4j.session;

import java.util.Objects;
import java.util.Optional;
import org.csta4j.model.LocalConnectionState;
import org.jspecify.annotations.Nullable;

/**
 * A call at a monitored device whose state differs between the start of a {@link Gap} and the
 * snapshot taken after it: appeared ({@link #before()} empty), ended ({@link #after()} empty) or
 * changed state.
 */
public final class CallChange {
  private final String device;
  private final String callId;
  private final @Nullable LocalConnectionState before;
  private final @Nullable LocalConnectionState after;

  public CallChange(
      String device,
      String callId,
      @Nullable LocalConnectionState before,
      @Nullable LocalConnectionState after) {
    this.device = Objects.requireNonNull(device, "device");
    this.callId = Objects.requireNonNull(callId, "callId");
    this.before = before;
    this.after = after;
  }

  /** The monitored device. */
  public String device() {
    return device;
  }

  public String callId() {
    return callId;
  }

  /** The device's connection state when the gap began; empty if the call was not known then. */
  public Optional<LocalConnectionState> before() {
    return Optional.ofNullable(before);
  }

  /** The state the snapshot reported; empty if the call is gone. */
  public Optional<LocalConnectionState> after() {
    return Optional.ofNullable(after);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CallChange)) {
      return false;
    }
    CallChange c = (CallChange) o;
    return device.equals(c.device)
        && callId.equals(c.callId)
        && before == c.before
        && after == c.after;
  }

  @Override
  public int hashCode() {
    return Objects.hash(device, callId, before, after);
  }

  @Override
  public String toString() {
    return device
        + "/"
        + callId
        + ": "
        + (before == null ? "-" : before)
        + " -> "
        + (after == null ? "-" : after);
  }
}
