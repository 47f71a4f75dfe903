package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Answers a call alerting at a device; a monitor on the device then reports Established. */
@Value.Immutable
public interface AnswerCall extends CstaRequest<AnswerCallResponse> {
  /** {@return the alerting connection} */
  ConnectionId callToBeAnswered();

  /**
   * {@return correlator data to attach to the call, which later events on the call report back;
   * empty attaches none}
   */
  Optional<CorrelatorData> correlatorData();

  /** {@return user-to-user data to send with the request; empty sends none} */
  Optional<UserData> userData();

  /**
   * Answers the alerting {@code call}.
   *
   * @param call the alerting connection
   * @return the request
   */
  static AnswerCall of(ConnectionId call) {
    return builder().callToBeAnswered(call).build();
  }

  /**
   * {@return a new, empty builder of {@link AnswerCall}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnswerCall}. */
  class Builder extends ImmutableAnswerCall.Builder {}
}
