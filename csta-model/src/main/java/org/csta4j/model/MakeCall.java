package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Places a call from {@link #callingDevice()} to {@link #calledDirectoryNumber()}. */
@Value.Immutable
public interface MakeCall extends CstaRequest<MakeCallResponse> {
  /** {@return the device that places the call; it rings first unless it auto-originates} */
  DeviceId callingDevice();

  /** {@return the number to call, as it would be dialled at the calling device} */
  DeviceId calledDirectoryNumber();

  /** {@return the account code to charge the call to; empty gives none} */
  Optional<String> accountCode();

  /** {@return the authorisation code that allows the device to make the call; empty gives none} */
  Optional<String> authCode();

  /**
   * {@return whether the calling device is prompted (rings) before the switch dials; empty uses the
   * switch's default, {@link AutoOriginate#PROMPT}}
   */
  Optional<AutoOriginate> autoOriginate();

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
   * A call from {@code callingDevice} to {@code calledDirectoryNumber}.
   *
   * @param callingDevice the device that places the call, e.g. {@code "u-1-100"}
   * @param calledDirectoryNumber the number to call
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static MakeCall of(String callingDevice, String calledDirectoryNumber) {
    return builder()
        .callingDevice(DeviceId.of(callingDevice))
        .calledDirectoryNumber(DeviceId.of(calledDirectoryNumber))
        .build();
  }

  /**
   * {@return a new, empty builder of {@link MakeCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MakeCall}. */
  class Builder extends ImmutableMakeCall.Builder {}
}
