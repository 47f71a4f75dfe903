package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The positive response to {@link GetDoNotDisturb}: the device's do-not-disturb setting. */
@Value.Immutable
public interface GetDoNotDisturbResponse extends CstaResponse {
  boolean doNotDisturbOn();

  /** Whether the setting is limited to internal or external calls. */
  Optional<CallOrigination> callOrigination();

  /**
   * The callers the setting applies to (the schema's list of {@code callingDevice}); empty for all
   * callers.
   */
  List<DeviceId> callingDeviceList();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetDoNotDisturbResponse}. */
  class Builder extends ImmutableGetDoNotDisturbResponse.Builder {}
}
