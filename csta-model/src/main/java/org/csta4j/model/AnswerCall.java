package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Answers a call alerting at a device. */
@Value.Immutable
public interface AnswerCall extends CstaRequest<AnswerCallResponse> {
  /** The alerting connection. */
  ConnectionId callToBeAnswered();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  /** Answers the alerting {@code call}. */
  static AnswerCall of(ConnectionId call) {
    return builder().callToBeAnswered(call).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnswerCall}. */
  class Builder extends ImmutableAnswerCall.Builder {}
}
