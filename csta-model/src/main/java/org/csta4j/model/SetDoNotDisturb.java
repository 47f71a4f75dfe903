package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Turns do-not-disturb on or off at a device. */
@Value.Immutable
public interface SetDoNotDisturb extends CstaRequest<SetDoNotDisturbResponse> {
  DeviceId device();

  boolean doNotDisturbOn();

  /** Limits the setting to internal or external calls. */
  Optional<CallOrigination> callOrigination();

  /**
   * The callers the setting applies to (the schema's list of {@code callingDevice}); empty for all
   * callers.
   */
  List<DeviceId> callingDeviceList();

  /** Turns do-not-disturb on or off at {@code device} for all calls. */
  static SetDoNotDisturb of(String device, boolean on) {
    return builder().device(DeviceId.of(device)).doNotDisturbOn(on).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetDoNotDisturb}. */
  class Builder extends ImmutableSetDoNotDisturb.Builder {}
}
