package org.csta4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The positive response to {@link GetDoNotDisturb}: the device's do-not-disturb setting. */
@Value.Immutable
public interface GetDoNotDisturbResponse extends CstaResponse {
  /** {@return whether do-not-disturb is on} */
  boolean doNotDisturbOn();

  /**
   * {@return the calls the setting is limited to, internal or external; empty if it covers all
   * calls}
   */
  Optional<CallOrigination> callOrigination();

  /**
   * {@return the callers the setting applies to (the schema's list of {@code callingDevice}); empty
   * for all callers}
   */
  List<DeviceId> callingDeviceList();

  /**
   * {@return a new, empty builder of {@link GetDoNotDisturbResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetDoNotDisturbResponse}. */
  class Builder extends ImmutableGetDoNotDisturbResponse.Builder {}
}
