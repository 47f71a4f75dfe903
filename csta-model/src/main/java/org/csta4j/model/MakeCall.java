package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Places a call from {@link #callingDevice()} to {@link #calledDirectoryNumber()}. */
@Value.Immutable
public interface MakeCall extends CstaRequest<MakeCallResponse> {
  /** The device that places the call; it rings first unless it auto-originates. */
  DeviceId callingDevice();

  /** The number to call. */
  DeviceId calledDirectoryNumber();

  Optional<String> accountCode();

  Optional<String> authCode();

  Optional<AutoOriginate> autoOriginate();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  Optional<EventCause> reason();

  /** A call from {@code callingDevice} to {@code calledDirectoryNumber}. */
  static MakeCall of(String callingDevice, String calledDirectoryNumber) {
    return builder()
        .callingDevice(DeviceId.of(callingDevice))
        .calledDirectoryNumber(DeviceId.of(calledDirectoryNumber))
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MakeCall}. */
  class Builder extends ImmutableMakeCall.Builder {}
}
