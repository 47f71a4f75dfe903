package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One call forwarding setting of a device, as {@link GetForwardingResponse} reports it. */
@Value.Immutable
public interface ForwardListItem extends Extensible {
  /**
   * {@return which forwarding this is, e.g. {@link ForwardingType#FORWARD_BUSY}; empty if the
   * switch does not say}
   */
  Optional<ForwardingType> forwardingType();

  /** {@return whether this forwarding is on} */
  boolean forwardStatus();

  /** {@return where calls are forwarded to (the schema's {@code forwardDN})} */
  Optional<DeviceId> forwardDn();

  /** {@return which part of this setting is the device's default} */
  Optional<ForwardDefault> forwardDefault();

  /** {@return for no-answer forwarding: how many rings before the call is forwarded} */
  Optional<Integer> ringCount();

  /**
   * {@return for no-answer forwarding: how long the device rings before the call is forwarded
   * (ed6)}
   */
  Optional<Integer> ringDuration();

  /**
   * {@return a new, empty builder of {@link ForwardListItem}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForwardListItem}. */
  class Builder extends ImmutableForwardListItem.Builder {}
}
