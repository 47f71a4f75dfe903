package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link GetForwarding}: the device's forwarding settings. */
@Value.Immutable
public interface GetForwardingResponse extends CstaResponse {
  List<ForwardListItem> forwardingList();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetForwardingResponse}. */
  class Builder extends ImmutableGetForwardingResponse.Builder {}
}
