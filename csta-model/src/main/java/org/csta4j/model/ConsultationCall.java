package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds an existing call and places a new call from the same device to {@link #consultedDevice()},
 * typically before a transfer or conference.
 */
@Value.Immutable
public interface ConsultationCall extends CstaRequest<ConsultationCallResponse> {
  /** The connected call to put on hold. */
  ConnectionId existingCall();

  /** The device to consult. */
  DeviceId consultedDevice();

  /** Whether the switch keeps the held device's channel reserved for the held call. */
  Optional<Boolean> connectionReservation();

  Optional<String> accountCode();

  Optional<String> authCode();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  /** What the consultation call may later be used for. */
  Optional<ConsultOptions> consultOptions();

  /** Holds {@code existingCall} and calls {@code consultedDevice}. */
  static ConsultationCall of(ConnectionId existingCall, String consultedDevice) {
    return builder()
        .existingCall(existingCall)
        .consultedDevice(DeviceId.of(consultedDevice))
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsultationCall}. */
  class Builder extends ImmutableConsultationCall.Builder {}
}
