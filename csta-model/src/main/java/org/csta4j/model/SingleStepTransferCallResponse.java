package org.csta4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The positive response to {@link SingleStepTransferCall}: the resulting call and its parties. */
@Value.Immutable
public interface SingleStepTransferCallResponse extends CstaResponse {
  /** {@return a connection of the call that results from the transfer} */
  ConnectionId transferredCall();

  /** {@return the parties of the resulting call, each with its old and new connection} */
  List<ConnectionListItem> connections();

  /**
   * {@return a new, empty builder of {@link SingleStepTransferCallResponse}} Setters reject null
   * with a {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleStepTransferCallResponse}. */
  class Builder extends ImmutableSingleStepTransferCallResponse.Builder {}
}
