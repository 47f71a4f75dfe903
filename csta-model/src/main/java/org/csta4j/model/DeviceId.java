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
  @Value.Parameter
  String value();

  @Override
  Map<String, RawJson> unknownFields();

  @Value.Check
  default void check() {
    Checks.nonBlank("deviceId", value());
  }

  /** The device with this number. */
  static DeviceId of(String value) {
    return ImmutableDeviceId.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeviceId}. */
  class Builder extends ImmutableDeviceId.Builder {}
}
