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
  /**
   * {@return the id of a segmented delivery; present when the snapshot follows in
   * SnapshotDeviceData events instead of in this response}
   */
  Optional<String> serviceCrossRefId();

  /** {@return one entry per call at the device; empty when the device has no calls} */
  List<SnapshotDeviceResponseInfo> snapshotData();

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
   * {@return a new, empty builder of {@link SnapshotDeviceResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotDeviceResponse}. */
  class Builder extends ImmutableSnapshotDeviceResponse.Builder {}
}
