package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Turns a call forwarding setting of a device on or off. */
@Value.Immutable
public interface SetForwarding extends CstaRequest<SetForwardingResponse> {
  DeviceId device();

  /** Which forwarding to set; without it the switch applies its default. */
  Optional<ForwardingType> forwardingType();

  /** {@code true} turns the forwarding on, {@code false} off. */
  boolean activateForward();

  /** Where calls are forwarded to (the schema's {@code forwardDN}). */
  Optional<DeviceId> forwardDn();

  /** For no-answer forwarding: how many rings before the call is forwarded. */
  Optional<Integer> ringCount();

  /** For no-answer forwarding: how long the device rings before the call is forwarded (ed6). */
  Optional<Integer> ringDuration();

  /** Forwards calls of {@code type} at {@code device} to {@code forwardTo}. */
  static SetForwarding of(String device, ForwardingType type, String forwardTo) {
    return builder()
        .device(DeviceId.of(device))
        .forwardingType(type)
        .activateForward(true)
        .forwardDn(DeviceId.of(forwardTo))
        .build();
  }

  /** Turns forwarding of {@code type} at {@code device} off. */
  static SetForwarding off(String device, ForwardingType type) {
    return builder()
        .device(DeviceId.of(device))
        .forwardingType(type)
        .activateForward(false)
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetForwarding}. */
  class Builder extends ImmutableSetForwarding.Builder {}
}
