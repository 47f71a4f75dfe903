package org.csta4j.model;

import org.immutables.value.Value;

/**
 * The positive response to {@link MakeCall}: the new call's connection at the calling device. On
 * the wire the element keeps its ECMA-323 name, {@code callingDevice}.
 */
@Value.Immutable
public interface MakeCallResponse extends CstaResponse {
  /**
   * {@return the new call's connection at the calling device; its call id names the call in later
   * events and requests} The wire element is {@code callingDevice}.
   */
  ConnectionId callingConnection();

  /**
   * {@return the new call's connection at the calling device, as {@link #callingConnection()}}
   *
   * @deprecated it names a connection, not a device: use {@link #callingConnection()}; to be
   *     removed in a later release.
   */
  @Deprecated(forRemoval = true)
  default ConnectionId callingDevice() {
    return callingConnection();
  }

  /**
   * The response naming the new call.
   *
   * @param callingConnection the new call's connection at the calling device
   * @return the response
   */
  static MakeCallResponse of(ConnectionId callingConnection) {
    return builder().callingConnection(callingConnection).build();
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
  class Builder extends ImmutableMakeCallResponse.Builder {
    /**
     * Sets the new call's connection at the calling device, as {@link #callingConnection}.
     *
     * @param callingConnection the connection
     * @return this builder
     * @deprecated it names a connection, not a device: use {@link #callingConnection}; to be
     *     removed in a later release.
     */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("InlineMeSuggester") // @InlineMe would put Error Prone on users' class path
    public final Builder callingDevice(ConnectionId callingConnection) {
      return callingConnection(callingConnection);
    }
  }
}
