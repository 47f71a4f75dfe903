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
  /** Set when the snapshot follows in segments instead of in this response. */
  Optional<String> serviceCrossRefId();

  /** One entry per device in the call. */
  List<SnapshotCallResponseInfo> snapshotData();

  Optional<ExtendedDeviceId> callingDevice();

  Optional<ExtendedDeviceId> calledDevice();

  Optional<ExtendedDeviceId> associatedCallingDevice();

  Optional<ExtendedDeviceId> associatedCalledDevice();

  Optional<CorrelatorData> correlatorData();

  @Value.Check
  default void check() {
    if (serviceCrossRefId().isPresent() && !snapshotData().isEmpty()) {
      throw new IllegalArgumentException(
          "snapshotData: not both serviceCrossRefId and snapshotData");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotCallResponse}. */
  class Builder extends ImmutableSnapshotCallResponse.Builder {}
}
