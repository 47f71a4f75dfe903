package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link SingleStepTransferCall}: the resulting call and its parties. */
@Value.Immutable
public interface SingleStepTransferCallResponse extends CstaResponse {
  /** A connection of the call that results from the transfer. */
  ConnectionId transferredCall();

  /** The parties of the resulting call, each with its old and new connection. */
  List<ConnectionListItem> connections();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleStepTransferCallResponse}. */
  class Builder extends ImmutableSingleStepTransferCallResponse.Builder {}
}
