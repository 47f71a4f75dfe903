package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Turns a call forwarding setting of a device on or off. */
@Value.Immutable
public interface SetForwarding extends CstaRequest<SetForwardingResponse> {
  /** {@return the device whose forwarding changes} */
  DeviceId device();

  /** {@return which forwarding to set; without it the switch applies its default} */
  Optional<ForwardingType> forwardingType();

  /** {@return {@code true} to turn the forwarding on, {@code false} to turn it off} */
  boolean activateForward();

  /** {@return where calls are forwarded to (the schema's {@code forwardDN})} */
  Optional<DeviceId> forwardDn();

  /** {@return for no-answer forwarding: how many rings before the call is forwarded} */
  Optional<Integer> ringCount();

  /**
   * {@return for no-answer forwarding: how long the device rings before the call is forwarded
   * (ed6)}
   */
  Optional<Integer> ringDuration();

  /**
   * Forwards calls of {@code type} at {@code device} to {@code forwardTo}.
   *
   * @param device the device whose calls are forwarded
   * @param type which forwarding to turn on
   * @param forwardTo the destination
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static SetForwarding of(String device, ForwardingType type, String forwardTo) {
    return builder()
        .device(DeviceId.of(device))
        .forwardingType(type)
        .activateForward(true)
        .forwardDn(DeviceId.of(forwardTo))
        .build();
  }

  /**
   * Turns forwarding of {@code type} at {@code device} off.
   *
   * @param device the device
   * @param type which forwarding to turn off
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static SetForwarding off(String device, ForwardingType type) {
    return builder()
        .device(DeviceId.of(device))
        .forwardingType(type)
        .activateForward(false)
        .build();
  }

  /**
   * {@return a new, empty builder of {@link SetForwarding}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetForwarding}. */
  class Builder extends ImmutableSetForwarding.Builder {}
}
