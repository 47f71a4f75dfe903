package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link TransferCall}: the resulting call and its parties. */
@Value.Immutable
public interface TransferCallResponse extends CstaResponse {
  /** A connection of the call that results from the transfer. */
  ConnectionId transferredCall();

  /** The parties of the resulting call, each with its old and new connection. */
  List<ConnectionListItem> connections();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransferCallResponse}. */
  class Builder extends ImmutableTransferCallResponse.Builder {}
}
