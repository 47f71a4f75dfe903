package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The calls at the device, or the id under which the switch sends them in SnapshotDeviceData
 * events. Both fields stand for the schema's {@code crossRefIDorSnapshotData} choice.
 */
@Value.Immutable
public interface SnapshotDeviceResponse extends CstaResponse {
  /** Set when the snapshot follows in segments instead of in this response. */
  Optional<String> serviceCrossRefId();

  /** One entry per call at the device; empty when the device has no calls. */
  List<SnapshotDeviceResponseInfo> snapshotData();

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

  /** Builds a {@link SnapshotDeviceResponse}. */
  class Builder extends ImmutableSnapshotDeviceResponse.Builder {}
}
