package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Turns do-not-disturb on or off at a device. */
@Value.Immutable
public interface SetDoNotDisturb extends CstaRequest<SetDoNotDisturbResponse> {
  /** {@return the device whose setting changes} */
  DeviceId device();

  /** {@return {@code true} to turn do-not-disturb on, {@code false} to turn it off} */
  boolean doNotDisturbOn();

  /** {@return the calls to limit the setting to, internal or external; empty covers all calls} */
  Optional<CallOrigination> callOrigination();

  /**
   * {@return the callers the setting applies to (the schema's list of {@code callingDevice}); empty
   * for all callers}
   */
  List<DeviceId> callingDeviceList();

  /**
   * Turns do-not-disturb on or off at {@code device} for all calls.
   *
   * @param device the device
   * @param on {@code true} to turn it on, {@code false} to turn it off
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static SetDoNotDisturb of(String device, boolean on) {
    return builder().device(DeviceId.of(device)).doNotDisturbOn(on).build();
  }

  /**
   * {@return a new, empty builder of {@link SetDoNotDisturb}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetDoNotDisturb}. */
  class Builder extends ImmutableSetDoNotDisturb.Builder {}
}
