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
  Optional<String> callId();

  Optional<DeviceId> deviceId();

  @Value.Check
  default void check() {
    if (callId().isEmpty() && deviceId().isEmpty()) {
      throw new IllegalArgumentException("connectionId: needs a callId or a deviceId");
    }
    callId().ifPresent(id -> Checks.nonBlank("callId", id));
  }

  /** The connection of a call, without naming the device. */
  static ConnectionId ofCall(String callId) {
    return builder().callId(callId).build();
  }

  /** The connection of {@code callId} at {@code deviceId}. */
  static ConnectionId of(String callId, String deviceId) {
    return builder().callId(callId).deviceId(DeviceId.of(deviceId)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionId}. */
  class Builder extends ImmutableConnectionId.Builder {}
}
