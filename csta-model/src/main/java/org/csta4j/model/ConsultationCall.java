package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds an existing call and places a new call from the same device to {@link #consultedDevice()},
 * typically before a transfer or conference.
 */
@Value.Immutable
public interface ConsultationCall extends CstaRequest<ConsultationCallResponse> {
  /** {@return the connected call to put on hold} */
  ConnectionId existingCall();

  /** {@return the device to consult} */
  DeviceId consultedDevice();

  /**
   * {@return whether the switch keeps the held device's channel reserved for the held call; empty
   * uses the switch's default}
   */
  Optional<Boolean> connectionReservation();

  /** {@return the account code to charge the call to; empty gives none} */
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

  /** {@return what the consultation call may later be used for; empty leaves it unrestricted} */
  Optional<ConsultOptions> consultOptions();

  /**
   * Holds {@code existingCall} and calls {@code consultedDevice}.
   *
   * @param existingCall the connected call to put on hold
   * @param consultedDevice the device to consult
   * @return the request
   * @throws IllegalArgumentException if {@code consultedDevice} is blank
   */
  static ConsultationCall of(ConnectionId existingCall, String consultedDevice) {
    return builder()
        .existingCall(existingCall)
        .consultedDevice(DeviceId.of(consultedDevice))
        .build();
  }

  /**
   * {@return a new, empty builder of {@link ConsultationCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsultationCall}. */
  class Builder extends ImmutableConsultationCall.Builder {}
}
