package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** What a monitor watches: a device or a call (the schema's {@code CSTAObject} choice). */
@Value.Immutable
public interface CstaObject extends Extensible {
  /** {@return the device to monitor; empty when a call is monitored} */
  Optional<DeviceId> deviceObject();

  /** {@return the call to monitor; empty when a device is monitored} */
  Optional<ConnectionId> callObject();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name unless exactly
   *     one of the device and the call is given
   */
  @Value.Check
  default void check() {
    if (deviceObject().isPresent() == callObject().isPresent()) {
      throw new IllegalArgumentException(
          "monitorObject: exactly one of deviceObject and callObject");
    }
  }

  /**
   * A device to monitor.
   *
   * @param device the device id, e.g. uni-tel's {@code "u-1-100"}
   * @return the monitor object
   * @throws IllegalArgumentException if {@code device} is blank
   */
  static CstaObject device(String device) {
    return builder().deviceObject(DeviceId.of(device)).build();
  }

  /**
   * A call to monitor.
   *
   * @param call a connection of the call
   * @return the monitor object
   */
  static CstaObject call(ConnectionId call) {
    return builder().callObject(call).build();
  }

  /**
   * {@return a new, empty builder of {@link CstaObject}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CstaObject}. */
  class Builder extends ImmutableCstaObject.Builder {}
}
