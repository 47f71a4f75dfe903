package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Transfers an active call to another device in one step, without a consultation call. */
@Value.Immutable
public interface SingleStepTransferCall extends CstaRequest<SingleStepTransferCallResponse> {
  /** The transferring device's connection to the call. */
  ConnectionId activeCall();

  /** The device the call goes to. */
  DeviceId transferredTo();

  Optional<String> accountCode();

  Optional<String> authCode();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  Optional<EventCause> reason();

  /** Transfers {@code activeCall} to {@code transferredTo}. */
  static SingleStepTransferCall of(ConnectionId activeCall, String transferredTo) {
    return builder().activeCall(activeCall).transferredTo(DeviceId.of(transferredTo)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleStepTransferCall}. */
  class Builder extends ImmutableSingleStepTransferCall.Builder {}
}
