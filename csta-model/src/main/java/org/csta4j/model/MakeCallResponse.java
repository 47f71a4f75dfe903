package org.csta4j.model;

import org.immutables.value.Value;

/** The positive response to {@link MakeCall}: the new call's connection at the calling device. */
@Value.Immutable
public interface MakeCallResponse extends CstaResponse {
  /**
   * {@return the new call's connection at the calling device; its call id names the call in later
   * events and requests}
   */
  ConnectionId callingDevice();

  /**
   * The response naming the new call.
   *
   * @param callingDevice the new call's connection at the calling device
   * @return the response
   */
  static MakeCallResponse of(ConnectionId callingDevice) {
    return builder().callingDevice(callingDevice).build();
  }

  /**
   * {@return a new, empty builder of {@link MakeCallResponse}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MakeCallResponse}. */
  class Builder extends ImmutableMakeCallResponse.Builder {}
}
