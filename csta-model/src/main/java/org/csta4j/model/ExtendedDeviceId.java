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
    /** A known device, given in {@link #deviceIdentifier()}. */
    DEVICE_IDENTIFIER,
    /** The switch does not know the device. */
    NOT_KNOWN,
    /** The switch knows the device but may not tell, e.g. a withheld number. */
    RESTRICTED
  }

  /** {@return which alternative this is; only {@link Kind#DEVICE_IDENTIFIER} carries a device} */
  @Value.Parameter
  Kind kind();

  /** {@return the device, present exactly when the kind is {@link Kind#DEVICE_IDENTIFIER}} */
  @Value.Parameter
  Optional<DeviceId> deviceIdentifier();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if a device is
   *     given for a kind other than {@link Kind#DEVICE_IDENTIFIER}, or none for that kind
   */
  @Value.Check
  default void check() {
    if ((kind() == Kind.DEVICE_IDENTIFIER) != deviceIdentifier().isPresent()) {
      throw new IllegalArgumentException(
          "deviceIdentifier: present if and only if the kind is DEVICE_IDENTIFIER");
    }
  }

  /**
   * A known device.
   *
   * @param device the device number or dial string
   * @return the extended device id of kind {@link Kind#DEVICE_IDENTIFIER}
   * @throws IllegalArgumentException if {@code device} is blank
   */
  static ExtendedDeviceId of(String device) {
    return of(DeviceId.of(device));
  }

  /**
   * A known device.
   *
   * @param device the device id
   * @return the extended device id of kind {@link Kind#DEVICE_IDENTIFIER}
   */
  static ExtendedDeviceId of(DeviceId device) {
    return ImmutableExtendedDeviceId.of(Kind.DEVICE_IDENTIFIER, Optional.of(device));
  }

  /**
   * {@return the device the switch does not know, e.g. the caller of an anonymous external call}
   */
  static ExtendedDeviceId notKnown() {
    return ImmutableExtendedDeviceId.of(Kind.NOT_KNOWN, Optional.empty());
  }

  /**
   * {@return the device the switch knows but withholds, e.g. a caller who suppressed their number}
   */
  static ExtendedDeviceId restricted() {
    return ImmutableExtendedDeviceId.of(Kind.RESTRICTED, Optional.empty());
  }

  /**
   * {@return a new, empty builder of {@link ExtendedDeviceId}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExtendedDeviceId}. */
  class Builder extends ImmutableExtendedDeviceId.Builder {}
}
