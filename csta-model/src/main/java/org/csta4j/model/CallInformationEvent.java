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

  ConnectionId connection();

  /** The device the information was collected at. */
  ExtendedDeviceId device();

  Optional<ExtendedDeviceId> callingDevice();

  /** The account code given for the call. */
  Optional<String> accountInfo();

  /** The authorisation code given for the call. */
  @Value.Redacted
  Optional<String> authCode();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallInformationEvent}. */
  class Builder extends ImmutableCallInformationEvent.Builder {}
}
