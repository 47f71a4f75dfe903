package org.csta4j.model;

import java.util.Map;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A device identifier (ECMA-323 {@code DeviceID}): the dial string or device number, such as {@code
 * "100"}, {@code "22334455"} or uni-tel's {@code "u-1-100"}. Schema attributes such as {@code
 * typeOfNumber} are kept in {@link #unknownFields()}.
 */
@Value.Immutable
public interface DeviceId extends Extensible {
  /** {@return the device number or dial string, never blank} */
  @Value.Parameter
  String value();

  @Override
  Map<String, RawJson> unknownFields();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if the device
   *     id is blank
   */
  @Value.Check
  default void check() {
    Checks.nonBlank("deviceId", value());
  }

  /**
   * The device with this number.
   *
   * @param value the device number or dial string
   * @return the device id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  static DeviceId of(String value) {
    return ImmutableDeviceId.of(value);
  }

  /**
   * {@return a new, empty builder of {@link DeviceId}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeviceId}. */
  class Builder extends ImmutableDeviceId.Builder {}
}
