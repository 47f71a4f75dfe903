package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Diverts a call that is alerting (or queued) at a device to another destination. */
@Value.Immutable
public interface DeflectCall extends CstaRequest<DeflectCallResponse> {
  /** {@return the alerting connection to divert} */
  ConnectionId callToBeDiverted();

  /**
   * {@return where the call goes} ECMA-323 ed6 wraps it in a list of {@code device} elements; the
   * model keeps one flat device, as ed3 does and as uni-tel's JSON sends device values.
   */
  DeviceId newDestination();

  /**
   * {@return correlator data to attach to the call, which later events on the call report back;
   * empty attaches none}
   */
  Optional<CorrelatorData> correlatorData();

  /** {@return user-to-user data to send with the request; empty sends none} */
  Optional<UserData> userData();

  /**
   * {@return the reason for the request, which the switch may report as the cause of the events it
   * leads to; empty gives none}
   */
  Optional<EventCause> reason();

  /**
   * Diverts {@code call} to {@code newDestination}.
   *
   * @param call the alerting connection to divert
   * @param newDestination where the call goes
   * @return the request
   * @throws IllegalArgumentException if {@code newDestination} is blank
   */
  static DeflectCall of(ConnectionId call, String newDestination) {
    return builder().callToBeDiverted(call).newDestination(DeviceId.of(newDestination)).build();
  }

  /**
   * {@return a new, empty builder of {@link DeflectCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeflectCall}. */
  class Builder extends ImmutableDeflectCall.Builder {}
}
