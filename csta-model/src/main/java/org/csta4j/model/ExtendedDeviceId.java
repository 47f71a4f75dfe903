package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A device identifier that may be unknown or withheld: the schema's {@code ExtendedDeviceID} choice
 * used by callingDevice, calledDevice, alertingDevice and the other event devices.
 */
@Value.Immutable
public interface ExtendedDeviceId {
  /** Which alternative of the choice this is. */
  enum Kind {
    DEVICE_IDENTIFIER,
    NOT_KNOWN,
    RESTRICTED
  }

  @Value.Parameter
  Kind kind();

  /** The device, present exactly when the kind is {@link Kind#DEVICE_IDENTIFIER}. */
  @Value.Parameter
  Optional<DeviceId> deviceIdentifier();

  @Value.Check
  default void check() {
    if ((kind() == Kind.DEVICE_IDENTIFIER) != deviceIdentifier().isPresent()) {
      throw new IllegalArgumentException(
          "deviceIdentifier: present if and only if the kind is DEVICE_IDENTIFIER");
    }
  }

  static ExtendedDeviceId of(String device) {
    return of(DeviceId.of(device));
  }

  static ExtendedDeviceId of(DeviceId device) {
    return ImmutableExtendedDeviceId.of(Kind.DEVICE_IDENTIFIER, Optional.of(device));
  }

  static ExtendedDeviceId notKnown() {
    return ImmutableExtendedDeviceId.of(Kind.NOT_KNOWN, Optional.empty());
  }

  static ExtendedDeviceId restricted() {
    return ImmutableExtendedDeviceId.of(Kind.RESTRICTED, Optional.empty());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExtendedDeviceId}. */
  class Builder extends ImmutableExtendedDeviceId.Builder {}
}
