package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Call-related information such as an account or authorisation code has been collected (ECMA-269
 * Call Information). The authorisation code never appears in {@code toString()}.
 */
@Value.Immutable
public interface CallInformationEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** {@return the connection the information belongs to} */
  ConnectionId connection();

  /** {@return the device the information was collected at} */
  ExtendedDeviceId device();

  /** {@return the device that placed the call; empty if the switch does not report it} */
  Optional<ExtendedDeviceId> callingDevice();

  /** {@return the account code given for the call; empty if none was collected} */
  Optional<String> accountInfo();

  /**
   * {@return the authorisation code given for the call; empty if none was collected; masked in
   * {@code toString()}}
   */
  @Value.Redacted
  Optional<String> authCode();

  /**
   * {@return the application's correlator data attached to the call, as the switch reports it;
   * empty if the call carries none}
   */
  Optional<CorrelatorData> correlatorData();

  /** {@return the user-to-user data carried with the call; empty if there is none} */
  Optional<UserData> userData();

  /**
   * {@return a new, empty builder of {@link CallInformationEvent}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallInformationEvent}. */
  class Builder extends ImmutableCallInformationEvent.Builder {}
}
