package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link GetForwarding}: the device's forwarding settings. */
@Value.Immutable
public interface GetForwardingResponse extends CstaResponse {
  /** {@return every forwarding setting of the device, on or off} */
  List<ForwardListItem> forwardingList();

  /**
   * {@return a new, empty builder of {@link GetForwardingResponse}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetForwardingResponse}. */
  class Builder extends ImmutableGetForwardingResponse.Builder {}
}
