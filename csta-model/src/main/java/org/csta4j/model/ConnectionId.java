package org.csta4j.model;

import java.util.Optional;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A connection: a call at a device (ECMA-323 {@code ConnectionID}). At least one of the call id and
 * the device id is present; gateways usually send both.
 */
@Value.Immutable
public interface ConnectionId extends Extensible {
  /** {@return the switch's id of the call; empty when the gateway names only the device} */
  Optional<String> callId();

  /** {@return the device of the connection; empty when the gateway names only the call} */
  Optional<DeviceId> deviceId();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if neither a
   *     call id nor a device id is given, or the call id is blank
   */
  @Value.Check
  default void check() {
    if (callId().isEmpty() && deviceId().isEmpty()) {
      throw new IllegalArgumentException("connectionId: needs a callId or a deviceId");
    }
    callId().ifPresent(id -> Checks.nonBlank("callId", id));
  }

  /**
   * The connection of a call, without naming the device.
   *
   * @param callId the switch's call id
   * @return the connection id
   * @throws IllegalArgumentException if {@code callId} is blank
   */
  static ConnectionId ofCall(String callId) {
    return builder().callId(callId).build();
  }

  /**
   * The connection of {@code callId} at {@code deviceId}.
   *
   * @param callId the switch's call id
   * @param deviceId the device of the connection
   * @return the connection id
   * @throws IllegalArgumentException if either argument is blank
   */
  static ConnectionId of(String callId, String deviceId) {
    return builder().callId(callId).deviceId(DeviceId.of(deviceId)).build();
  }

  /**
   * {@return a new, empty builder of {@link ConnectionId}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionId}. */
  class Builder extends ImmutableConnectionId.Builder {}
}
