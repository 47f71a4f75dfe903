package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Diverts a call that is alerting (or queued) at a device to another destination. */
@Value.Immutable
public interface DeflectCall extends CstaRequest<DeflectCallResponse> {
  /** The alerting connection to divert. */
  ConnectionId callToBeDiverted();

  /**
   * Where the call goes. ECMA-323 ed6 wraps it in a list of {@code device} elements; the model
   * keeps one flat device, as ed3 does and as uni-tel's JSON sends device values.
   */
  DeviceId newDestination();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  Optional<EventCause> reason();

  /** Diverts {@code call} to {@code newDestination}. */
  static DeflectCall of(ConnectionId call, String newDestination) {
    return builder().callToBeDiverted(call).newDestination(DeviceId.of(newDestination)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeflectCall}. */
  class Builder extends ImmutableDeflectCall.Builder {}
}
