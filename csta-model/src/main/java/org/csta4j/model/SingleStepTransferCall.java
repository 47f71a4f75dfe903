package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Transfers an active call to another device in one step, without a consultation call. */
@Value.Immutable
public interface SingleStepTransferCall extends CstaRequest<SingleStepTransferCallResponse> {
  /** {@return the transferring device's connection to the call} */
  ConnectionId activeCall();

  /** {@return the device the call goes to} */
  DeviceId transferredTo();

  /** {@return the account code to charge the transferred call to; empty gives none} */
  Optional<String> accountCode();

  /** {@return the authorisation code that allows the device to make the call; empty gives none} */
  Optional<String> authCode();

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
   * Transfers {@code activeCall} to {@code transferredTo}.
   *
   * @param activeCall the transferring device's connection to the call
   * @param transferredTo the device the call goes to
   * @return the request
   * @throws IllegalArgumentException if {@code transferredTo} is blank
   */
  static SingleStepTransferCall of(ConnectionId activeCall, String transferredTo) {
    return builder().activeCall(activeCall).transferredTo(DeviceId.of(transferredTo)).build();
  }

  /**
   * {@return a new, empty builder of {@link SingleStepTransferCall}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleStepTransferCall}. */
  class Builder extends ImmutableSingleStepTransferCall.Builder {}
}
