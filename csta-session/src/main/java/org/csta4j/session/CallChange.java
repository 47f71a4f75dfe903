package org.csta4j.session;

import java.util.Optional;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.internal.Checks;
import org.csta4j.model.internal.CstaStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A call at a monitored device whose state differs between the start of a {@link Gap} and the
 * snapshot taken after it: appeared ({@link #before()} empty), ended ({@link #after()} empty) or
 * changed state. Immutable and safe to share between threads; equal when all four parts are.
 */
@Value.Immutable
@CstaStyle
public abstract class CallChange {
  CallChange() {}

  /**
   * A change of one call at one device.
   *
   * @param device the monitored device
   * @param callId the gateway's id of the call
   * @param before the device's state when the gap began; null if the call was not known then
   * @param after the state the snapshot reported; null if the call is gone
   * @return the change
   * @throws NullPointerException if {@code device} or {@code callId} is null
   * @throws IllegalArgumentException if {@code device} or {@code callId} is blank, or both states
   *     are null
   */
  public static CallChange of(
      String device,
      String callId,
      @Nullable LocalConnectionState before,
      @Nullable LocalConnectionState after) {
    return builder()
        .device(device)
        .callId(callId)
        .before(Optional.ofNullable(before))
        .after(Optional.ofNullable(after))
        .build();
  }

  /** {@return a builder; device and callId are required, and at least one of the states} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the monitored device, as given to {@link CstaSession#monitor(String)}} */
  public abstract String device();

  /** {@return the gateway's id of the call} */
  public abstract String callId();

  /** {@return the device's connection state when the gap began; empty if the call was not known} */
  public abstract Optional<LocalConnectionState> before();

  /** {@return the state the snapshot reported; empty if the call is gone from the device} */
  public abstract Optional<LocalConnectionState> after();

  @Value.Check
  void check() {
    Checks.nonBlank("device", device());
    Checks.nonBlank("callId", callId());
    if (before().isEmpty() && after().isEmpty()) {
      throw new IllegalArgumentException(
          "before, after: a change of call " + callId() + " needs at least one state");
    }
  }

  /** {@return {@code device/callId: before -> after}, with {@code -} for a missing state} */
  @Override
  public String toString() {
    return device()
        + "/"
        + callId()
        + ": "
        + before().map(Object::toString).orElse("-")
        + " -> "
        + after().map(Object::toString).orElse("-");
  }

  /** Builds a {@link CallChange}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableCallChange.Builder {
    Builder() {}
  }
}
