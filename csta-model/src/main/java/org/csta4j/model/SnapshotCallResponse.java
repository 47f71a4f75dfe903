package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The devices in the call, or the id under which the switch sends them in SnapshotCallData events,
 * and the call's parties. {@link #serviceCrossRefId()} and {@link #snapshotData()} stand for the
 * schema's {@code crossRefIDorSnapshotData} choice.
 */
@Value.Immutable
public interface SnapshotCallResponse extends CstaResponse {
  /**
   * {@return the id of a segmented delivery; present when the snapshot follows in SnapshotCallData
   * events instead of in this response}
   */
  Optional<String> serviceCrossRefId();

  /**
   * {@return one entry per device in the call; empty when {@link #serviceCrossRefId()} is given}
   */
  List<SnapshotCallResponseInfo> snapshotData();

  /** {@return the call's calling device; empty if the switch does not report it} */
  Optional<ExtendedDeviceId> callingDevice();

  /** {@return the call's called device; empty if the switch does not report it} */
  Optional<ExtendedDeviceId> calledDevice();

  /** {@return the trunk an external call came in on; empty if the switch does not report it} */
  Optional<ExtendedDeviceId> associatedCallingDevice();

  /** {@return the trunk an external call goes out on; empty if the switch does not report it} */
  Optional<ExtendedDeviceId> associatedCalledDevice();

  /** {@return the correlator data attached to the call; empty if it carries none} */
  Optional<CorrelatorData> correlatorData();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if both a cross
   *     reference id and snapshot data are given
   */
  @Value.Check
  default void check() {
    if (serviceCrossRefId().isPresent() && !snapshotData().isEmpty()) {
      throw new IllegalArgumentException(
          "snapshotData: not both serviceCrossRefId and snapshotData");
    }
  }

  /**
   * {@return a new, empty builder of {@link SnapshotCallResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotCallResponse}. */
  class Builder extends ImmutableSnapshotCallResponse.Builder {}
}
