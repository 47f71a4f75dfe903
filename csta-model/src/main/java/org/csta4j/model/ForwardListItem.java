package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One call forwarding setting of a device, as {@link GetForwardingResponse} reports it. */
@Value.Immutable
public interface ForwardListItem extends Extensible {
  Optional<ForwardingType> forwardingType();

  /** Whether this forwarding is on. */
  boolean forwardStatus();

  /** Where calls are forwarded to (the schema's {@code forwardDN}). */
  Optional<DeviceId> forwardDn();

  /** Which part of this setting is the device's default. */
  Optional<ForwardDefault> forwardDefault();

  /** For no-answer forwarding: how many rings before the call is forwarded. */
  Optional<Integer> ringCount();

  /** For no-answer forwarding: how long the device rings before the call is forwarded (ed6). */
  Optional<Integer> ringDuration();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForwardListItem}. */
  class Builder extends ImmutableForwardListItem.Builder {}
}
